namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>Elementwise quotient with broadcasting.</summary>
    public static Tensor operator /(Tensor a, Tensor b)
    {
        var result = BinaryForward<DivideKernel>(a, b);
        return Records(a, b) ? result.Recorded(new DivideNode(a, b)) : result;
    }

    /// <summary>Divides every element by a constant.</summary>
    public static Tensor operator /(Tensor a, double b)
    {
        var result = ScalarForward<DivideKernel>(a, b, scalarFirst: false);
        return Records(a) ? result.Recorded(new DivideScaleNode(a, 1.0 / b)) : result;
    }

    /// <summary>A constant divided by every element.</summary>
    public static Tensor operator /(double a, Tensor b)
    {
        var result = ScalarForward<DivideKernel>(b, a, scalarFirst: true);
        return Records(b) ? result.Recorded(new ReciprocalNode(b)) : result;
    }

    /// <summary>Elementwise quotient with broadcasting (static form).</summary>
    public static Tensor Divide(Tensor a, Tensor b) => a / b;

    /// <summary>∂(a/b)/∂a = 1/b, ∂(a/b)/∂b = −a/b² = −(a/b)/b.</summary>
    private sealed class DivideNode(Tensor a, Tensor b) : BinaryNode(a, b)
    {
        internal override bool UsesOutput => true;

        internal override string Name => "DivBackward0";

        internal override void Backward(Tensor output, ReadOnlySpan<double> grad)
        {
            Grads.Combine<DivideKernel>(A, grad, output._shape, B._span, B._shape);
            if (Engine.Wants(B))
            {
                var gy = Grads.Times(grad, output._span);
                Grads.Combine<DivideKernel>(B, gy, output._shape, B._span, B._shape, negate: true);
                ScratchPool.Return(gy);
            }
        }

        internal override void BackwardGraph(Tensor output, Tensor grad)
        {
            Grads.Graph(A, grad / B);
            if (Engine.Wants(B))
            {
                Grads.Graph(B, -(grad * A) / (B * B));
            }
        }
    }

    /// <summary>y = s / x: ∂y/∂x = −s/x² = −y/x.</summary>
    private sealed class ReciprocalNode(Tensor x) : UnaryNode(x)
    {
        internal override bool UsesOutput => true;

        internal override string Name => "MulBackward0"; // PyTorch computes s / x as reciprocal(x) · s

        internal override void Backward(Tensor output, ReadOnlySpan<double> grad)
        {
            if (!Engine.Wants(X))
            {
                return;
            }

            var gy = Grads.Times(grad, output._span);
            Grads.Combine<DivideKernel>(X, gy, output._shape, X._span, X._shape, negate: true);
            ScratchPool.Return(gy);
        }

        internal override void BackwardGraph(Tensor output, Tensor grad) => Grads.Graph(X, -grad * output / X);
    }

    /// <summary>y = x / c for a constant c, recorded as a scaling by 1/c under PyTorch's name for a division.</summary>
    private sealed class DivideScaleNode(Tensor x, double scale) : ScaleNode(x, scale)
    {
        internal override string Name => "DivBackward0";
    }
}
