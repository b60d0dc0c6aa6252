using System.Numerics.Tensors;

namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>Elementwise eˣ.</summary>
    public Tensor Exp()
    {
        Tensor result;
        if (_count == 1)
        {
            var v = _first;
            result = new Tensor(Math.Exp(v), _shape);
        }
        else
        {
            result = Result(_shape, _count);
            TensorPrimitives.Exp(_span, result._span);
        }

        return Records(this) ? result.Recorded(new ExpNode(this)) : result;
    }

    /// <summary>Elementwise eˣ. (static form).</summary>
    public static Tensor Exp(Tensor x) => x.Exp();

    /// <summary>d eˣ/dx = eˣ, the output itself.</summary>
    private sealed class ExpNode(Tensor x) : ElementwiseNode(x)
    {
        internal override string Name => "ExpBackward0";

        protected override bool DerivativeIsOutput => true;

        protected override double Derivative(double x, double y) => y;

        protected override void Derivative(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> d)
        {
            y.CopyTo(d);
        }

        protected override Tensor DerivativeGraph(Tensor output) => output;
    }
}
