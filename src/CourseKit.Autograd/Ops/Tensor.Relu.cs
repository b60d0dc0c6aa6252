using System.Numerics.Tensors;

namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>Elementwise max(x, 0).</summary>
    public Tensor Relu()
    {
        Tensor result;
        if (_count == 1)
        {
            var v = _first;
            result = new Tensor(v > 0 ? v : 0.0, _shape);
        }
        else
        {
            result = Result(_shape, _count);
            TensorPrimitives.Max(_span, 0.0, result._span);
        }

        return Records(this) ? result.Recorded(new ReluNode(this)) : result;
    }

    /// <summary>Elementwise max(x, 0) (static form).</summary>
    public static Tensor Relu(Tensor x) => x.Relu();

    /// <summary>d relu/dx = 1 where the output is positive, else 0 (PyTorch's choice at 0).</summary>
    private sealed class ReluNode(Tensor x) : ElementwiseNode(x)
    {
        internal override string Name => "ReluBackward0";

        protected override double Derivative(double x, double y) => y > 0 ? 1.0 : 0.0;

        protected override void Derivative(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> d)
        {
            for (var i = 0; i < d.Length; i++)
            {
                d[i] = y[i] > 0 ? 1.0 : 0.0;
            }
        }

        protected override Tensor DerivativeGraph(Tensor output) => output.Map(static y => y > 0 ? 1.0 : 0.0);
    }
}
