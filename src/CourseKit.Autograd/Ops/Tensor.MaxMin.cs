using System.Numerics.Tensors;

namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>The largest element, as a 0-d tensor; its gradient is shared evenly among tied maxima (as PyTorch).</summary>
    public Tensor Max() => Extreme(max: true);

    /// <summary>The smallest element, as a 0-d tensor; its gradient is shared evenly among tied minima.</summary>
    public Tensor Min() => Extreme(max: false);

    /// <summary>The largest values along <paramref name="axis"/>; the gradient goes to the first maximum of each slice.</summary>
    public Tensor Max(int axis, bool keepDim = false) => ExtremeAxis(axis, keepDim, max: true);

    /// <summary>The smallest values along <paramref name="axis"/>; the gradient goes to the first minimum of each slice.</summary>
    public Tensor Min(int axis, bool keepDim = false) => ExtremeAxis(axis, keepDim, max: false);

    /// <summary>The largest element (static form).</summary>
    public static Tensor Max(Tensor x) => x.Max();

    /// <summary>The smallest element (static form).</summary>
    public static Tensor Min(Tensor x) => x.Min();

    private Tensor Extreme(bool max)
    {
        if (_count == 0)
        {
            throw new InvalidOperationException(
                $"{(max ? "max" : "min")}(): Expected reduction dim to be specified for input.numel() == 0. The tensor is empty.");
        }

        var value = max ? TensorPrimitives.Max<double>(_span) : TensorPrimitives.Min<double>(_span);
        var result = new Tensor(value, Shapes.ScalarShape);
        return Records(this) ? result.Recorded(new ExtremeNode(this, max)) : result;
    }

    private Tensor ExtremeAxis(int axis, bool keepDim, bool max)
    {
        var ax = Shapes.NormalizeAxis(axis, Rank);
        if (_shape.Length == 0)
        {
            return Extreme(max);
        }

        var (outer, n, inner) = Shapes.Split(_shape, ax);
        if (n == 0)
        {
            throw new InvalidOperationException($"{(max ? "max" : "min")}(): cannot reduce over a dimension of size 0.");
        }

        var result = new Tensor(new double[outer * inner], Shapes.RemoveAxis(_shape, ax, keepDim));
        var index = new int[outer * inner];
        for (var o = 0; o < outer; o++)
        {
            for (var i = 0; i < inner; i++)
            {
                var best = 0;
                var bestValue = _span[o * n * inner + i];
                for (var j = 1; j < n; j++)
                {
                    var v = _span[(o * n + j) * inner + i];
                    if (max ? v > bestValue : v < bestValue)
                    {
                        best = j;
                        bestValue = v;
                    }
                }

                result._span[o * inner + i] = bestValue;
                index[o * inner + i] = (o * n + best) * inner + i;
            }
        }

        return Records(this) ? result.Recorded(new ExtremeAxisNode(this, ax, index, max)) : result;
    }

    /// <summary>Max or min of all elements: g / (number of ties) to every element equal to the result.</summary>
    private sealed class ExtremeNode(Tensor x, bool max) : UnaryNode(x)
    {
        internal override bool UsesOutput => true;

        internal override string Name => max ? "MaxBackward1" : "MinBackward1";

        internal override void Backward(Tensor output, ReadOnlySpan<double> grad)
        {
            if (!Engine.Wants(X))
            {
                return;
            }

            var mask = Mask(output);
            var acc = Engine.Accumulator(X, out var fresh);
            Accumulate.MultiplyAdd(mask, grad[0], acc, fresh);
        }

        internal override void BackwardGraph(Tensor output, Tensor grad)
        {
            if (Engine.Wants(X))
            {
                Engine.AccumulateGraph(X, grad.Expand(X._shape) * new Tensor(Mask(output), X._shape));
            }
        }

        private double[] Mask(Tensor output)
        {
            var m = output._first;
            var mask = new double[X._count];
            var ties = 0;
            for (var i = 0; i < mask.Length; i++)
            {
                if (X._span[i] == m)
                {
                    mask[i] = 1;
                    ties++;
                }
            }

            TensorPrimitives.Multiply(mask, 1.0 / ties, mask);
            return mask;
        }
    }

    /// <summary>Max or min along an axis: each output's gradient goes to the element it was taken from.</summary>
    private sealed class ExtremeAxisNode(Tensor x, int axis, int[] index, bool max) : UnaryNode(x)
    {
        private int[] _index = index;

        internal override string Name => max ? "MaxBackward0" : "MinBackward0";

        internal override bool UsesInputs => false; // only the winners' indices are needed

        internal override void Backward(Tensor output, ReadOnlySpan<double> grad)
        {
            if (!Engine.Wants(X))
            {
                return;
            }

            var acc = Engine.Accumulator(X, out var fresh);
            if (fresh)
            {
                acc.Clear();
            }

            for (var i = 0; i < _index.Length; i++)
            {
                acc[_index[i]] += grad[i];
            }
        }

        internal override void BackwardGraph(Tensor output, Tensor grad)
        {
            if (!Engine.Wants(X))
            {
                return;
            }

            // A scatter written as a differentiable product: copy g back along the axis, keep only the winners.
            var mask = new double[X._count];
            foreach (var i in _index)
            {
                mask[i] = 1;
            }

            var keep = Shapes.RemoveAxis(X._shape, axis, keepDim: true);
            Engine.AccumulateGraph(X, grad.Reshape(keep).Expand(X._shape) * new Tensor(mask, X._shape));
        }

        protected override void ReleaseSaved() => _index = [];
    }
}
