using System.Globalization;
using System.Text;

namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    private const int LineWidth = 80;
    private const int SummarizeThreshold = 1000;
    private const int EdgeItems = 3;

    /// <summary>
    /// Prints as PyTorch does: <c>tensor([0., 1., 2., 3.])</c>, <c>tensor(28., grad_fn=&lt;MulBackward0&gt;)</c>,
    /// <c>tensor([1., 2.], requires_grad=True)</c>; matrices as nested rows, long tensors summarised with "...".
    /// </summary>
    public override string ToString()
    {
        const string prefix = "tensor(";
        if (IsReleased)
        {
            // A debugger or a log line may print it; reading the elements would throw.
            return $"tensor(<released by its Tensor.Scope()>, size={ShapeText(_shape)})";
        }

        var summarize = _count > SummarizeThreshold;
        var formatter = new Formatter(summarize ? SummaryValues() : _span);
        var body = _count == 0 && _shape.Length <= 1
            ? "[]"
            : _shape.Length == 0
                ? formatter.Format(_first)
                : Render(0, 0, prefix.Length, summarize, formatter);
        var sb = new StringBuilder(prefix).Append(body);
        if (_count == 0 && _shape.Length > 1)
        {
            sb.Append(", size=(").Append(string.Join(", ", _shape)).Append(')');
        }

        if (_node is not null)
        {
            sb.Append(", grad_fn=<").Append(_node.Name).Append('>');
        }
        else if (_requiresGrad)
        {
            sb.Append(", requires_grad=True");
        }

        return sb.Append(')').ToString();
    }

    private string Render(int dim, int offset, int indent, bool summarize, Formatter formatter)
    {
        var size = _shape[dim];
        var stride = Shapes.CountOf(_shape.AsSpan(dim + 1));
        var elided = summarize && size > 2 * EdgeItems;
        var shown = elided ? [.. Enumerable.Range(0, EdgeItems), .. Enumerable.Range(size - EdgeItems, EdgeItems)] : Enumerable.Range(0, size).ToArray();
        if (dim == _shape.Length - 1)
        {
            var items = new List<string>();
            foreach (var i in shown)
            {
                if (elided && i == size - EdgeItems)
                {
                    items.Add(" ...");
                }

                items.Add(formatter.Format(_span[offset + i]));
            }

            var perLine = Math.Max(1, (LineWidth - indent) / (formatter.Width + 2));
            var lines = items.Chunk(perLine).Select(chunk => string.Join(", ", chunk));
            return "[" + string.Join(",\n" + new string(' ', indent + 1), lines) + "]";
        }

        var parts = new List<string>();
        foreach (var i in shown)
        {
            if (elided && i == size - EdgeItems)
            {
                parts.Add("...");
            }

            parts.Add(Render(dim + 1, offset + i * stride, indent + 1, summarize, formatter));
        }

        var separator = "," + new string('\n', _shape.Length - dim - 1) + new string(' ', indent + 1);
        return "[" + string.Join(separator, parts) + "]";
    }

    /// <summary>The elements a summarised print shows (the first and last few along every dimension).</summary>
    private double[] SummaryValues()
    {
        var values = new List<double>();
        Collect(0, 0);
        return [.. values];

        void Collect(int dim, int offset)
        {
            if (_shape.Length == 0)
            {
                values.Add(_first);
                return;
            }

            var size = _shape[dim];
            var stride = Shapes.CountOf(_shape.AsSpan(dim + 1));
            var indices = size > 2 * EdgeItems
                ? [.. Enumerable.Range(0, EdgeItems), .. Enumerable.Range(size - EdgeItems, EdgeItems)]
                : Enumerable.Range(0, size).ToArray();
            foreach (var i in indices)
            {
                if (dim == _shape.Length - 1)
                {
                    values.Add(_span[offset + i]);
                }
                else
                {
                    Collect(dim + 1, offset + i * stride);
                }
            }
        }
    }

    /// <summary>PyTorch's _Formatter: integer mode ("1."), fixed 4 decimals, or scientific, one width for all elements.</summary>
    private sealed class Formatter
    {
        private readonly bool _intMode;
        private readonly bool _sciMode;

        internal Formatter(ReadOnlySpan<double> values)
        {
            // As torch: modes and width come from the nonzero finite values only.
            var shown = new List<double>();
            foreach (var v in values)
            {
                if (double.IsFinite(v) && v != 0)
                {
                    shown.Add(v);
                }
            }

            _intMode = shown.TrueForAll(v => v == Math.Ceiling(v));
            Width = 1;
            if (shown.Count == 0)
            {
                return;
            }

            var max = shown.Max(Math.Abs);
            var min = shown.Min(Math.Abs);
            _sciMode = _intMode
                ? max / min > 1000 || max > 1e8
                : max / min > 1000 || max > 1e8 || min < 1e-4;
            foreach (var v in shown)
            {
                Width = Math.Max(Width, Raw(v).Length);
            }
        }

        internal int Width { get; }

        internal string Format(double v) => Raw(v).PadLeft(Width);

        private string Raw(double v)
        {
            if (double.IsNaN(v))
            {
                return "nan";
            }

            if (double.IsInfinity(v))
            {
                return v > 0 ? "inf" : "-inf";
            }

            if (_sciMode)
            {
                return v.ToString("0.0000e+00", CultureInfo.InvariantCulture);
            }

            return _intMode
                ? v.ToString("0", CultureInfo.InvariantCulture) + "."
                : v.ToString("0.0000", CultureInfo.InvariantCulture);
        }
    }
}
