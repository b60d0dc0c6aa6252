using System.Numerics.Tensors;

namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>Elementwise tangent.</summary>
    public Tensor Tan()
    {
        Tensor result;
        if (_count == 1)
        {
            var v = _first;
            result = new Tensor(Math.Tan(v), _shape);
        }
        else
        {
            result = Result(_shape, _count);
            TensorPrimitives.Tan(_span, result._span);
        }

        return Records(this) ? result.Recorded(new TanNode(this)) : result;
    }

    /// <summary>Elementwise tangent. (static form).</summary>
    public static Tensor Tan(Tensor x) => x.Tan();

    /// <summary>d tan x/dx = 1 + tan² x, from the output.</summary>
    private sealed class TanNode(Tensor x) : ElementwiseNode(x)
    {
        internal override string Name => "TanBackward0";

        protected override double Derivative(double x, double y) => 1 + y * y;

        protected override void Derivative(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> d)
        {
            TensorPrimitives.MultiplyAdd(y, y, 1.0, d);
        }

        protected override Tensor DerivativeGraph(Tensor output) => 1.0 + output.Square();
    }
}
