using System.Numerics.Tensors;

namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>The inner product of two vectors of equal length, as a 0-d tensor.</summary>
    public Tensor Dot(Tensor other)
    {
        if (Rank != 1 || other.Rank != 1)
        {
            throw new ArgumentException(
                $"1D tensors expected, but got {Rank}D and {other.Rank}D tensors (shapes {ShapeText(_shape)} and {ShapeText(other._shape)}). " +
                "Use MatMul for matrices.");
        }

        if (_count != other._count)
        {
            throw new ArgumentException(
                $"inconsistent tensor size, expected tensor {ShapeText(_shape)} and src {ShapeText(other._shape)} to have the same number of elements.");
        }

        var result = new Tensor(TensorPrimitives.Dot<double>(_span, other._span), Shapes.ScalarShape);
        return Records(this, other) ? result.Recorded(new DotNode(this, other)) : result;
    }

    /// <summary>The inner product of two vectors (static form, the book's <c>torch.dot</c>).</summary>
    public static Tensor Dot(Tensor a, Tensor b) => a.Dot(b);

    /// <summary>∂(a·b)/∂a = b, ∂(a·b)/∂b = a, each scaled by the incoming scalar gradient.</summary>
    private sealed class DotNode(Tensor a, Tensor b) : BinaryNode(a, b)
    {
        internal override string Name => "DotBackward0";

        internal override void Backward(Tensor output, ReadOnlySpan<double> grad)
        {
            Grads.Scaled(A, B._span, grad[0]);
            Grads.Scaled(B, A._span, grad[0]);
        }

        internal override void BackwardGraph(Tensor output, Tensor grad)
        {
            Grads.Graph(A, grad * B);
            Grads.Graph(B, grad * A);
        }
    }
}
