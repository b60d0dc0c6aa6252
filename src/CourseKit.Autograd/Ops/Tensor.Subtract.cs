namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>Elementwise difference with broadcasting.</summary>
    public static Tensor operator -(Tensor a, Tensor b)
    {
        var result = BinaryForward<SubtractKernel>(a, b);
        return Records(a, b) ? result.Recorded(new SubtractNode(a, b)) : result;
    }

    /// <summary>Subtracts a constant from every element.</summary>
    public static Tensor operator -(Tensor a, double b)
    {
        var result = ScalarForward<SubtractKernel>(a, b, scalarFirst: false);
        return Records(a) ? result.Recorded(new SubtractScalarNode(a, reversed: false)) : result;
    }

    /// <summary>A constant minus every element.</summary>
    public static Tensor operator -(double a, Tensor b)
    {
        var result = ScalarForward<SubtractKernel>(b, a, scalarFirst: true);
        return Records(b) ? result.Recorded(new SubtractScalarNode(b, reversed: true)) : result;
    }

    /// <summary>Elementwise difference with broadcasting (static form).</summary>
    public static Tensor Subtract(Tensor a, Tensor b) => a - b;

    /// <summary>∂(a − b)/∂a = 1, ∂(a − b)/∂b = −1.</summary>
    private sealed class SubtractNode(Tensor a, Tensor b) : BinaryNode(a, b)
    {
        internal override string Name => "SubBackward0";

        internal override bool SavesValues => false;

        internal override void Backward(Tensor output, ReadOnlySpan<double> grad)
        {
            // Only the last reader may take over the output's buffer.
            Grads.Pass(B, grad, output._shape, negate: true);
            Grads.Pass(A, grad, output._shape, donor: output);
        }

        internal override void BackwardGraph(Tensor output, Tensor grad)
        {
            Grads.Graph(A, grad);
            Grads.Graph(B, -grad);
        }
    }

    /// <summary>x − s passes the gradient through; s − x negates it.</summary>
    private sealed class SubtractScalarNode(Tensor x, bool reversed) : UnaryNode(x)
    {
        internal override string Name => reversed ? "RsubBackward1" : "SubBackward0";

        internal override bool SavesValues => false;

        internal override void Backward(Tensor output, ReadOnlySpan<double> grad) =>
            Grads.Pass(X, grad, output._shape, negate: reversed);

        internal override void BackwardGraph(Tensor output, Tensor grad) => Grads.Graph(X, reversed ? -grad : grad);
    }
}
