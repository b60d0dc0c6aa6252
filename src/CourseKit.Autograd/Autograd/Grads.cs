using System.Numerics.Tensors;

namespace CourseKit.Autograd;

/// <summary>
/// Backward building blocks shared by the nodes: add a (possibly broadcast) contribution to an input's gradient,
/// summing it down to the input's shape. Each checks <see cref="Engine.Wants"/> first, so inputs that do not
/// require grad cost nothing.
/// </summary>
internal static class Grads
{
    /// <summary>grad(t) += sign · g, summed to t's shape.</summary>
    internal static void Pass(Tensor t, ReadOnlySpan<double> g, int[] outShape, bool negate = false, Tensor? donor = null)
    {
        if (!Engine.Wants(t) || (donor is not null && !negate && Engine.TryDonate(donor, t)))
        {
            return;
        }

        var acc = Engine.Accumulator(t, out var fresh);
        if (acc.Length == 1 && g.Length == 1)
        {
            var v = negate ? -g[0] : g[0];
            acc[0] = fresh ? v : acc[0] + v;
            return;
        }

        if (acc.Length == g.Length)
        {
            if (negate)
            {
                Accumulate.Subtract(g, acc, fresh);
            }
            else
            {
                Accumulate.Add(g, acc, fresh);
            }

            return;
        }

        if (negate)
        {
            var temp = ScratchPool.Rent(g.Length);
            TensorPrimitives.Negate(g, temp);
            Broadcast.SumTo(temp, outShape, acc, t._shape, fresh);
            ScratchPool.Return(temp);
        }
        else
        {
            Broadcast.SumTo(g, outShape, acc, t._shape, fresh);
        }
    }

    /// <summary>grad(t) += g · s for a constant s.</summary>
    internal static void Scale(Tensor t, ReadOnlySpan<double> g, double s)
    {
        if (!Engine.Wants(t))
        {
            return;
        }

        var acc = Engine.Accumulator(t, out var fresh);
        if (acc.Length == 1)
        {
            var v = g[0] * s;
            acc[0] = fresh ? v : acc[0] + v;
            return;
        }

        Accumulate.MultiplyAdd(g, s, acc, fresh);
    }

    /// <summary>grad(t) += s · v for a t-shaped vector v and a scalar s.</summary>
    internal static void Scaled(Tensor t, ReadOnlySpan<double> v, double s)
    {
        if (!Engine.Wants(t))
        {
            return;
        }

        var acc = Engine.Accumulator(t, out var fresh);
        Accumulate.MultiplyAdd(v, s, acc, fresh);
    }

    /// <summary>grad(t) += K(g, other) with broadcasting (negated when asked), summed to t's shape.</summary>
    internal static void Combine<TKernel>(
        Tensor t, ReadOnlySpan<double> g, int[] outShape, ReadOnlySpan<double> other, int[] otherShape, bool negate = false)
        where TKernel : IBinaryKernel
    {
        if (!Engine.Wants(t))
        {
            return;
        }

        var acc = Engine.Accumulator(t, out var fresh);
        if (acc.Length == 1 && g.Length == 1)
        {
            var v = TKernel.Apply(g[0], other[0]);
            v = negate ? -v : v;
            acc[0] = fresh ? v : acc[0] + v;
            return;
        }

        if (typeof(TKernel) == typeof(MultiplyKernel) && !negate && acc.Length == g.Length)
        {
            if (other.Length == g.Length)
            {
                Accumulate.MultiplyAdd(g, other, acc, fresh);
                return;
            }

            if (other.Length == 1)
            {
                Accumulate.MultiplyAdd(g, other[0], acc, fresh);
                return;
            }
        }

        var temp = ScratchPool.Rent(g.Length);
        Broadcast.Apply<TKernel>(g, outShape, other, otherShape, temp, outShape);
        if (negate)
        {
            TensorPrimitives.Negate(temp, temp);
        }

        Broadcast.SumTo(temp, outShape, acc, t._shape, fresh);
        ScratchPool.Return(temp);
    }

    /// <summary>g · y elementwise into a scratch array the caller returns: the quotient rules' −(g·y)/b starts here.</summary>
    internal static double[] Times(ReadOnlySpan<double> g, ReadOnlySpan<double> y)
    {
        if (g.Length == 1)
        {
            return [g[0] * y[0]];
        }

        var result = ScratchPool.Rent(g.Length);
        TensorPrimitives.Multiply(g, y, result);
        return result;
    }

    /// <summary>Recording form: adds <paramref name="contribution"/> (output-shaped) to t's gradient, summed to t's shape.</summary>
    internal static void Graph(Tensor t, Tensor contribution)
    {
        if (Engine.Wants(t))
        {
            Engine.AccumulateGraph(t, contribution.SumTo(t._shape));
        }
    }
}
