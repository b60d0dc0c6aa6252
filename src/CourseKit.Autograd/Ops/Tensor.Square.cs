using System.Numerics.Tensors;

namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>Elementwise x² (PyTorch records it as a power, hence PowBackward0).</summary>
    public Tensor Square()
    {
        Tensor result;
        if (_count == 1)
        {
            var v = _first;
            result = new Tensor(v * v, _shape);
        }
        else
        {
            result = Result(_shape, _count);
            TensorPrimitives.Multiply(_span, _span, result._span);
        }

        return Records(this) ? result.Recorded(new SquareNode(this)) : result;
    }

    /// <summary>Elementwise x² (PyTorch records it as a power, hence PowBackward0). (static form).</summary>
    public static Tensor Square(Tensor x) => x.Square();

    /// <summary>d x²/dx = 2x.</summary>
    private sealed class SquareNode(Tensor x) : ElementwiseNode(x)
    {
        internal override bool UsesOutput => false;

        internal override string Name => "PowBackward0";

        protected override double Derivative(double x, double y) => 2 * x;

        protected override void Derivative(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> d)
        {
            TensorPrimitives.Multiply(x, 2.0, d);
        }

        protected override Tensor DerivativeGraph(Tensor output) => 2.0 * X;
    }
}
