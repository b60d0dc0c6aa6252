using System.Numerics.Tensors;

namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>Elementwise logistic sigmoid 1 / (1 + e⁻ˣ).</summary>
    public Tensor Sigmoid()
    {
        Tensor result;
        if (_count == 1)
        {
            var v = _first;
            result = new Tensor(1.0 / (1.0 + Math.Exp(-v)), _shape);
        }
        else
        {
            result = Result(_shape, _count);
            TensorPrimitives.Sigmoid(_span, result._span);
        }

        return Records(this) ? result.Recorded(new SigmoidNode(this)) : result;
    }

    /// <summary>Elementwise logistic sigmoid 1 / (1 + e⁻ˣ). (static form).</summary>
    public static Tensor Sigmoid(Tensor x) => x.Sigmoid();

    /// <summary>dσ/dx = σ(1 − σ), from the output.</summary>
    private sealed class SigmoidNode(Tensor x) : ElementwiseNode(x)
    {
        internal override string Name => "SigmoidBackward0";

        protected override double Derivative(double x, double y) => y * (1 - y);

        protected override void Derivative(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> d)
        {
            TensorPrimitives.Subtract(1.0, y, d); TensorPrimitives.Multiply(d, y, d);
        }

        protected override Tensor DerivativeGraph(Tensor output) => output * (1.0 - output);
    }
}
