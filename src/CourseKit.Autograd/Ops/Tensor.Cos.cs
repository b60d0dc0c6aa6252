using System.Numerics.Tensors;

namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>Elementwise cosine.</summary>
    public Tensor Cos()
    {
        var result = Uninitialized(_shape, _count);
        if (_count == 1)
        {
            result._data[0] = Math.Cos(_data[0]);
        }
        else
        {
            TensorPrimitives.Cos(_data, result._data);
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
