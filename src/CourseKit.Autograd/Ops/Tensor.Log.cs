using System.Numerics.Tensors;

namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>Elementwise natural logarithm.</summary>
    public Tensor Log()
    {
        Tensor result;
        if (_count == 1)
        {
            var v = _first;
            result = new Tensor(Math.Log(v), _shape);
        }
        else
        {
            result = Result(_shape, _count);
            TensorPrimitives.Log(_span, result._span);
        }

        return Records(this) ? result.Recorded(new LogNode(this)) : result;
    }

    /// <summary>Elementwise natural logarithm. (static form).</summary>
    public static Tensor Log(Tensor x) => x.Log();

    /// <summary>d ln x/dx = 1/x.</summary>
    private sealed class LogNode(Tensor x) : ElementwiseNode(x)
    {
        internal override bool UsesOutput => false;

        internal override string Name => "LogBackward0";

        protected override double Derivative(double x, double y) => 1.0 / x;

        protected override void Derivative(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> d)
        {
            TensorPrimitives.Divide(1.0, x, d);
        }

        protected override Tensor DerivativeGraph(Tensor output) => 1.0 / X;
    }
}
