using System.Numerics.Tensors;

namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>Elementwise square root.</summary>
    public Tensor Sqrt()
    {
        Tensor result;
        if (_count == 1)
        {
            var v = _first;
            result = new Tensor(Math.Sqrt(v), _shape);
        }
        else
        {
            result = Result(_shape, _count);
            TensorPrimitives.Sqrt(_span, result._span);
        }

        return Records(this) ? result.Recorded(new SqrtNode(this)) : result;
    }

    /// <summary>Elementwise square root. (static form).</summary>
    public static Tensor Sqrt(Tensor x) => x.Sqrt();

    /// <summary>d √x/dx = 1 / (2√x), from the output.</summary>
    private sealed class SqrtNode(Tensor x) : ElementwiseNode(x)
    {
        internal override string Name => "SqrtBackward0";

        protected override double Derivative(double x, double y) => 0.5 / y;

        protected override void Derivative(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> d)
        {
            TensorPrimitives.Divide(0.5, y, d);
        }

        protected override Tensor DerivativeGraph(Tensor output) => 0.5 / output;
    }
}
