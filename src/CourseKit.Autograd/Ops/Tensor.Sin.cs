using System.Numerics.Tensors;

namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>Elementwise sine.</summary>
    public Tensor Sin()
    {
        Tensor result;
        if (_count == 1)
        {
            var v = _first;
            result = new Tensor(Math.Sin(v), _shape);
        }
        else
        {
            result = Result(_shape, _count);
            TensorPrimitives.Sin(_span, result._span);
        }

        return Records(this) ? result.Recorded(new SinNode(this)) : result;
    }

    /// <summary>Elementwise sine. (static form).</summary>
    public static Tensor Sin(Tensor x) => x.Sin();

    /// <summary>d sin x/dx = cos x.</summary>
    private sealed class SinNode(Tensor x) : ElementwiseNode(x)
    {
        internal override bool UsesOutput => false;

        internal override string Name => "SinBackward0";

        protected override double Derivative(double x, double y) => Math.Cos(x);

        protected override void Derivative(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> d)
        {
            TensorPrimitives.Cos(x, d);
        }

        protected override Tensor DerivativeGraph(Tensor output) => X.Cos();
    }
}
