using System.Numerics.Tensors;

namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>The 2-norm of all elements: the Euclidean length of a vector, the Frobenius norm of a matrix.</summary>
    public Tensor Norm()
    {
        var result = new Tensor(TensorPrimitives.Norm<double>(_span), Shapes.ScalarShape);
        return Records(this) ? result.Recorded(new NormNode(this)) : result;
    }

    /// <summary>The 2-norm of all elements (static form).</summary>
    public static Tensor Norm(Tensor x) => x.Norm();

    /// <summary>∂‖x‖/∂x = x / ‖x‖, taken as 0 at x = 0 (PyTorch's subgradient).</summary>
    private sealed class NormNode(Tensor x) : UnaryNode(x)
    {
        internal override bool UsesOutput => true;

        internal override string Name => "LinalgVectorNormBackward0";

        internal override void Backward(Tensor output, ReadOnlySpan<double> grad)
        {
            var norm = output._first;
            Grads.Scaled(X, X._span, norm == 0 ? 0.0 : grad[0] / norm);
        }

        internal override void BackwardGraph(Tensor output, Tensor grad)
        {
            if (Engine.Wants(X))
            {
                Engine.AccumulateGraph(X, output._first == 0 ? ZerosLike(X) : (grad / output).Expand(X._shape) * X);
            }
        }
    }
}
