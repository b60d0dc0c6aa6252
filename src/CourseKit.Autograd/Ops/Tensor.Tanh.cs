using System.Numerics.Tensors;

namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>Elementwise hyperbolic tangent.</summary>
    public Tensor Tanh()
    {
        Tensor result;
        if (_count == 1)
        {
            var v = _first;
            result = new Tensor(Math.Tanh(v), _shape);
        }
        else
        {
            result = Result(_shape, _count);
            TensorPrimitives.Tanh(_span, result._span);
        }

        return Records(this) ? result.Recorded(new TanhNode(this)) : result;
    }

    /// <summary>Elementwise hyperbolic tangent. (static form).</summary>
    public static Tensor Tanh(Tensor x) => x.Tanh();

    /// <summary>d tanh x/dx = 1 − tanh² x, from the output.</summary>
    private sealed class TanhNode(Tensor x) : ElementwiseNode(x)
    {
        internal override string Name => "TanhBackward0";

        protected override double Derivative(double x, double y) => 1 - y * y;

        protected override void Derivative(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> d)
        {
            TensorPrimitives.Multiply(y, y, d); TensorPrimitives.Subtract(1.0, d, d);
        }

        protected override Tensor DerivativeGraph(Tensor output) => 1.0 - output.Square();
    }
}
