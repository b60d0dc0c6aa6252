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
        return Records(a) ? result.Recorded(new ScaleNode(a, b, "MulBackward0")) : result;
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
            Grads.Combine<MultiplyKernel>(A, grad, output._shape, B._data, B._shape);
            Grads.Combine<MultiplyKernel>(B, grad, output._shape, A._data, A._shape);
        }

        internal override void BackwardGraph(Tensor output, Tensor grad)
        {
            Grads.Graph(A, grad * B);
            Grads.Graph(B, grad * A);
        }
    }

    /// <summary>y = s·x for a constant s (also x / s): ∂y/∂x = s.</summary>
    private sealed class ScaleNode(Tensor x, double scale, string name) : UnaryNode(x)
    {
        internal override string Name => name;

        internal override bool SavesValues => false;

        internal override void Backward(Tensor output, ReadOnlySpan<double> grad) => Grads.Scale(X, grad, scale);

        internal override void BackwardGraph(Tensor output, Tensor grad) => Grads.Graph(X, grad * scale);
    }
}
