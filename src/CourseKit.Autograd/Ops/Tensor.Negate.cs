namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>Elementwise negation.</summary>
    public static Tensor operator -(Tensor x)
    {
        var result = ScalarForward<MultiplyKernel>(x, -1.0, scalarFirst: false);
        return Records(x) ? result.Recorded(new NegateNode(x)) : result;
    }

    /// <summary>Elementwise negation (static form).</summary>
    public static Tensor Negate(Tensor x) => -x;

    /// <summary>∂(−x)/∂x = −1.</summary>
    private sealed class NegateNode(Tensor x) : UnaryNode(x)
    {
        internal override string Name => "NegBackward0";

        internal override bool SavesValues => false;

        internal override void Backward(Tensor output, ReadOnlySpan<double> grad) =>
            Grads.Pass(X, grad, output._shape, negate: true);

        internal override void BackwardGraph(Tensor output, Tensor grad) => Grads.Graph(X, -grad);
    }
}
