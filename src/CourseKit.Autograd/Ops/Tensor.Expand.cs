using System.Numerics.Tensors;

namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>Repeats size-1 (or missing leading) dimensions to reach <paramref name="shape"/>, as NumPy broadcasting does.</summary>
    public Tensor Expand(params int[] shape)
    {
        if (Shapes.Equal(shape, _shape))
        {
            return this;
        }

        if (!Shapes.BroadcastsTo(_shape, shape))
        {
            throw new ArgumentException(
                $"The expanded size of the tensor must match the existing size at every non-singleton dimension: " +
                $"cannot expand shape {ShapeText(_shape)} to {ShapeText(shape)}.");
        }

        var target = (int[])shape.Clone();
        var result = Result(target);
        Broadcast.Expand(_span, _shape, result._span, target);
        return Records(this) ? result.Recorded(new ExpandNode(this)) : result;
    }

    /// <summary>Sums over the dimensions along which <paramref name="shape"/> would broadcast to this tensor's shape.</summary>
    internal Tensor SumTo(int[] shape)
    {
        if (Shapes.Equal(shape, _shape))
        {
            return this;
        }

        var result = Result(shape);
        Broadcast.SumTo(_span, _shape, result._span, shape, fresh: true);
        return Records(this) ? result.Recorded(new SumToNode(this)) : result;
    }

    /// <summary>The gradient of a broadcast copy sums over the copies.</summary>
    private sealed class ExpandNode(Tensor x) : UnaryNode(x)
    {
        internal override string Name => "ExpandBackward0";

        internal override bool SavesValues => false;

        internal override void Backward(Tensor output, ReadOnlySpan<double> grad) => Grads.Pass(X, grad, output._shape);

        internal override void BackwardGraph(Tensor output, Tensor grad) => Grads.Graph(X, grad);
    }

    /// <summary>The gradient of a sum over broadcast dimensions is copied back along them.</summary>
    private sealed class SumToNode(Tensor x) : UnaryNode(x)
    {
        internal override string Name => "SumBackward1";

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
                Broadcast.Expand(grad, output._shape, acc, X._shape);
            }
            else
            {
                var full = ScratchPool.Rent(X._count);
                Broadcast.Expand(grad, output._shape, full, X._shape);
                TensorPrimitives.Add(acc, full, acc);
                ScratchPool.Return(full);
            }
        }

        internal override void BackwardGraph(Tensor output, Tensor grad) => Engine.AccumulateGraph(X, grad.Expand(X._shape));
    }
}
