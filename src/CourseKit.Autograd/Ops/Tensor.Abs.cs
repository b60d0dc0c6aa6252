using System.Numerics.Tensors;

namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>Elementwise absolute value.</summary>
    public Tensor Abs()
    {
        Tensor result;
        if (_count == 1)
        {
            var v = _first;
            result = new Tensor(Math.Abs(v), _shape);
        }
        else
        {
            result = Result(_shape, _count);
            TensorPrimitives.Abs(_span, result._span);
        }

        return Records(this) ? result.Recorded(new AbsNode(this)) : result;
    }

    /// <summary>Elementwise absolute value (static form).</summary>
    public static Tensor Abs(Tensor x) => x.Abs();

    /// <summary>d|x|/dx = sign(x), with sign(0) = 0 as PyTorch.</summary>
    private sealed class AbsNode(Tensor x) : ElementwiseNode(x)
    {
        internal override bool UsesOutput => false;

        internal override string Name => "AbsBackward0";

        protected override double Derivative(double x, double y) => x > 0 ? 1.0 : x < 0 ? -1.0 : 0.0;

        protected override void Derivative(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> d)
        {
            for (var i = 0; i < d.Length; i++)
            {
                d[i] = x[i] > 0 ? 1.0 : x[i] < 0 ? -1.0 : 0.0;
            }
        }

        protected override Tensor DerivativeGraph(Tensor output) => X.Map(static x => x > 0 ? 1.0 : x < 0 ? -1.0 : 0.0);
    }
}
