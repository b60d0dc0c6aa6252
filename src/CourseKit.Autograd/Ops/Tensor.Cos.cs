using System.Numerics.Tensors;

namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>Elementwise cosine.</summary>
    public Tensor Cos()
    {
        Tensor result;
        if (_count == 1)
        {
            var v = _first;
            result = new Tensor(Math.Cos(v), _shape);
        }
        else
        {
            result = Result(_shape, _count);
            TensorPrimitives.Cos(_span, result._span);
        }

        return Records(this) ? result.Recorded(new CosNode(this)) : result;
    }

    /// <summary>Elementwise cosine. (static form).</summary>
    public static Tensor Cos(Tensor x) => x.Cos();

    /// <summary>d cos x/dx = −sin x.</summary>
    private sealed class CosNode(Tensor x) : ElementwiseNode(x)
    {
        internal override bool UsesOutput => false;

        internal override string Name => "CosBackward0";

        protected override double Derivative(double x, double y) => -Math.Sin(x);

        protected override void Derivative(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> d)
        {
            TensorPrimitives.Sin(x, d); TensorPrimitives.Negate(d, d);
        }

        protected override Tensor DerivativeGraph(Tensor output) => -X.Sin();
    }
}
