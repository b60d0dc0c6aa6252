using System.Numerics.Tensors;

namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>Elementwise square root.</summary>
    public Tensor Sqrt()
    {
        var result = Uninitialized(_shape, _count);
        if (_count == 1)
        {
            result._data[0] = Math.Sqrt(_data[0]);
        }
        else
        {
            TensorPrimitives.Sqrt(_data, result._data);
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
