namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>Elementwise (Hadamard) product with broadcasting.</summary>
    public static Tensor operator *(Tensor a, Tensor b)
    {
        var result = BinaryForward<MultiplyKernel>(a, b);
        return Records(a, b) ? result.Recorded(new MultiplyNode(a, b)) : result;
    }

    /// <summary>Multiplies every element by a constant.</summary>
    public static Tensor operator *(Tensor a, double b)
    {
        var result = ScalarForward<MultiplyKernel>(a, b, scalarFirst: false);
        return Records(a) ? result.Recorded(new ScaleNode(a, b)) : result;
    }

    /// <summary>Multiplies every element by a constant.</summary>
    public static Tensor operator *(double a, Tensor b) => b * a;

    /// <summary>Elementwise product with broadcasting (static form).</summary>
    public static Tensor Multiply(Tensor a, Tensor b) => a * b;

    /// <summary>∂(a·b)/∂a = b, ∂(a·b)/∂b = a.</summary>
    private sealed class MultiplyNode(Tensor a, Tensor b) : BinaryNode(a, b)
    {
        internal override string Name => "MulBackward0";

        internal override void Backward(Tensor output, ReadOnlySpan<double> grad)
        {
            Grads.Combine<MultiplyKernel>(A, grad, output._shape, B._span, B._shape);
            Grads.Combine<MultiplyKernel>(B, grad, output._shape, A._span, A._shape);
        }

        internal override void BackwardGraph(Tensor output, Tensor grad)
        {
            Grads.Graph(A, grad * B);
            Grads.Graph(B, grad * A);
        }
    }

    /// <summary>y = s·x for a constant s: ∂y/∂x = s.</summary>
    /// <remarks>
    /// The name comes from the class, not from a field: one of these is made per scalar operation, and a field more
    /// would make every one 8 bytes larger. x / c is <see cref="DivideScaleNode"/>.
    /// </remarks>
    private class ScaleNode(Tensor x, double scale) : UnaryNode(x)
    {
        internal override string Name => "MulBackward0";

        internal override bool SavesValues => false;

        internal override void Backward(Tensor output, ReadOnlySpan<double> grad) => Grads.Scale(X, grad, scale);

        internal override void BackwardGraph(Tensor output, Tensor grad) => Grads.Graph(X, grad * scale);
    }
}
