namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>The elements <paramref name="start"/> … start + length − 1 along <paramref name="axis"/> (a copy).</summary>
    public Tensor Narrow(int axis, int start, int length) => Narrow(axis, start, length, squeeze: false);

    /// <summary>Narrow along an axis; with <paramref name="squeeze"/> (length 1) the axis is dropped, which is indexing.</summary>
    internal Tensor Narrow(int axis, int start, int length, bool squeeze)
    {
        var ax = Shapes.NormalizeAxis(axis, Rank);
        var (outer, n, inner) = Shapes.Split(_shape, ax);
        if (start < 0 || length < 0 || start + length > n)
        {
            throw new ArgumentOutOfRangeException(
                nameof(start),
                $"index range [{start}, {start + length}) is out of bounds for dimension {ax} with size {n} (shape {ShapeText(_shape)}).");
        }

        var shape = squeeze ? Shapes.RemoveAxis(_shape, ax, keepDim: false) : (int[])_shape.Clone();
        if (!squeeze)
        {
            shape[ax] = length;
        }

        var result = Result(shape, outer * length * inner);
        for (var o = 0; o < outer; o++)
        {
            _span.Slice((o * n + start) * inner, length * inner).CopyTo(result._span.Slice(o * length * inner));
        }

        var name = squeeze ? "SelectBackward0" : "SliceBackward0";
        return Records(this) ? result.Recorded(new NarrowNode(this, ax, start, length, name)) : result;
    }

    /// <summary>The adjoint of Narrow: places this tensor at <paramref name="start"/> inside <paramref name="targetShape"/>, zeros elsewhere.</summary>
    internal Tensor PadAxis(int[] targetShape, int axis, int start)
    {
        var (outer, n, inner) = Shapes.Split(targetShape, axis);
        var length = _count / Math.Max(1, outer * inner);
        var result = new Tensor(new double[Shapes.CountOf(targetShape)], targetShape);
        for (var o = 0; o < outer; o++)
        {
            _span.Slice(o * length * inner, length * inner).CopyTo(result._span.Slice((o * n + start) * inner));
        }

        return Records(this) ? result.Recorded(new PadNode(this, axis, start, length)) : result;
    }

    /// <summary>The gradient of a slice is added back into the slice's place.</summary>
    private sealed class NarrowNode(Tensor x, int axis, int start, int length, string name) : UnaryNode(x)
    {
        internal override string Name => name;

        internal override bool SavesValues => false;

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

            var (outer, n, inner) = Shapes.Split(X._shape, axis);
            for (var o = 0; o < outer; o++)
            {
                var dst = acc.Slice((o * n + start) * inner, length * inner);
                System.Numerics.Tensors.TensorPrimitives.Add(dst, grad.Slice(o * length * inner, length * inner), dst);
            }
        }

        internal override void BackwardGraph(Tensor output, Tensor grad) =>
            Engine.AccumulateGraph(X, grad.PadAxis(X._shape, axis, start));
    }

    /// <summary>The gradient of zero-padding is the slice of the gradient where the input was placed.</summary>
    private sealed class PadNode(Tensor x, int axis, int start, int length) : UnaryNode(x)
    {
        internal override string Name => "SliceBackwardBackward0";

        internal override bool SavesValues => false;

        internal override void Backward(Tensor output, ReadOnlySpan<double> grad)
        {
            if (!Engine.Wants(X))
            {
                return;
            }

            var acc = Engine.Accumulator(X, out var fresh);
            var (outer, n, inner) = Shapes.Split(output._shape, axis);
            for (var o = 0; o < outer; o++)
            {
                Accumulate.Add(grad.Slice((o * n + start) * inner, length * inner), acc.Slice(o * length * inner, length * inner), fresh);
            }
        }

        internal override void BackwardGraph(Tensor output, Tensor grad)
        {
            var piece = grad.Narrow(axis, start, length, squeeze: false);
            Engine.AccumulateGraph(X, Shapes.Equal(piece._shape, X._shape) ? piece : piece.Reshape(X._shape));
        }
    }
}
