using System.Numerics.Tensors;

namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>Elementwise xᵖ for a constant exponent.</summary>
    public Tensor Pow(double exponent)
    {
        var result = ScalarForward<PowKernel>(this, exponent, scalarFirst: false);
        return Records(this) ? result.Recorded(new PowNode(this, exponent)) : result;
    }

    /// <summary>Elementwise aᵇ with broadcasting; differentiable in both base and exponent.</summary>
    public Tensor Pow(Tensor exponent)
    {
        var result = BinaryForward<PowKernel>(this, exponent);
        return Records(this, exponent) ? result.Recorded(new PowTensorNode(this, exponent)) : result;
    }

    /// <summary>Elementwise xᵖ (static form).</summary>
    public static Tensor Pow(Tensor x, double exponent) => x.Pow(exponent);

    /// <summary>Elementwise aᵇ (static form).</summary>
    public static Tensor Pow(Tensor a, Tensor b) => a.Pow(b);

    /// <summary>d xᵖ/dx = p·xᵖ⁻¹, and exactly 0 when p = 0 (as PyTorch, even at x = 0).</summary>
    private sealed class PowNode(Tensor x, double p) : ElementwiseNode(x)
    {
        internal override bool UsesOutput => false;

        internal override string Name => "PowBackward0";

        protected override double Derivative(double x, double y) => p == 0 ? 0.0 : p * Math.Pow(x, p - 1);

        protected override void Derivative(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> d)
        {
            if (p == 0)
            {
                d.Clear();
                return;
            }

            TensorPrimitives.Pow(x, p - 1, d);
            TensorPrimitives.Multiply(d, p, d);
        }

        protected override Tensor DerivativeGraph(Tensor output) => p == 0 ? ZerosLike(X) : p * X.Pow(p - 1);
    }

    /// <summary>
    /// ∂aᵇ/∂a = b·aᵇ⁻¹ and ∂aᵇ/∂b = aᵇ·ln a, the latter taken as 0 where a = 0 and b ≥ 0 (the limit PyTorch uses).
    /// </summary>
    private sealed class PowTensorNode(Tensor a, Tensor b) : BinaryNode(a, b)
    {
        internal override bool UsesOutput => true;

        internal override string Name => "PowBackward1";

        internal override void Backward(Tensor output, ReadOnlySpan<double> grad)
        {
            var wantsA = Engine.Wants(A);
            var wantsB = Engine.Wants(B);
            if (!wantsA && !wantsB)
            {
                return;
            }

            var shape = output._shape;
            var n = output._count;
            var a = Expanded(A, shape, n);
            var b = Expanded(B, shape, n);
            var local = ScratchPool.Rent(n);
            if (wantsA)
            {
                for (var i = 0; i < n; i++)
                {
                    local[i] = b[i] == 0 ? 0.0 : grad[i] * b[i] * Math.Pow(a[i], b[i] - 1);
                }

                Grads.Pass(A, local, shape);
            }

            if (wantsB)
            {
                for (var i = 0; i < n; i++)
                {
                    local[i] = a[i] == 0 && b[i] >= 0 ? 0.0 : grad[i] * output._span[i] * Math.Log(a[i]);
                }

                Grads.Pass(B, local, shape);
            }

            ScratchPool.Return(local);
        }

        internal override void BackwardGraph(Tensor output, Tensor grad)
        {
            if (Engine.Wants(A))
            {
                var nonzero = B.Map(static b => b == 0 ? 0.0 : 1.0);
                Grads.Graph(A, grad * B * A.Pow(B - 1.0) * nonzero);
            }

            if (Engine.Wants(B))
            {
                // Replace a = 0 by 1 through a constant mask, so ln a is 0 there and stays differentiable elsewhere.
                var zero = A.Map(static a => a == 0 ? 1.0 : 0.0);
                Grads.Graph(B, grad * output * (A * (1.0 - zero) + zero).Log());
            }
        }

        private static double[] Expanded(Tensor t, int[] shape, int n)
        {
            if (t._count == n)
            {
                return t._data;
            }

            var full = new double[n];
            Broadcast.Expand(t._span, t._shape, full, shape);
            return full;
        }
    }
}
