using System.Numerics.Tensors;

namespace CourseKit.Autograd;

/// <summary>
/// The broadcasting loops: apply a binary kernel over two broadcast operands, expand one array to a larger shape,
/// and sum a broadcast gradient back down to an input's shape. Span-in/span-out; no graph.
/// </summary>
internal static class Broadcast
{
    /// <summary>destination (shape <paramref name="outShape"/>) = K(x, y) with NumPy broadcasting.</summary>
    internal static void Apply<TKernel>(
        ReadOnlySpan<double> x, int[] xShape, ReadOnlySpan<double> y, int[] yShape, Span<double> destination, int[] outShape)
        where TKernel : IBinaryKernel
    {
        var n = destination.Length;

        // Broadcasting only ever adds size-1 dimensions to an operand that already has every element,
        // so equal counts mean equal row-major layouts.
        if (x.Length == n && y.Length == n)
        {
            TKernel.Apply(x, y, destination);
            return;
        }

        if (y.Length == 1 && x.Length == n)
        {
            TKernel.Apply(x, y[0], destination);
            return;
        }

        if (x.Length == 1 && y.Length == n)
        {
            TKernel.Apply(x[0], y, destination);
            return;
        }

        if (n == 0)
        {
            return;
        }

        var rank = outShape.Length;
        var xs = Shapes.BroadcastStrides(xShape, outShape);
        var ys = Shapes.BroadcastStrides(yShape, outShape);
        var last = outShape[rank - 1];
        var xInner = xs[rank - 1];
        var yInner = ys[rank - 1];
        Span<int> index = stackalloc int[rank];
        int xo = 0, yo = 0;
        for (var o = 0; o < n; o += last)
        {
            var row = destination.Slice(o, last);
            if (xInner == 1 && yInner == 1)
            {
                TKernel.Apply(x.Slice(xo, last), y.Slice(yo, last), row);
            }
            else if (xInner == 1)
            {
                TKernel.Apply(x.Slice(xo, last), y[yo], row);
            }
            else if (yInner == 1)
            {
                TKernel.Apply(x[xo], y.Slice(yo, last), row);
            }
            else
            {
                row.Fill(TKernel.Apply(x[xo], y[yo]));
            }

            // Odometer over every dimension but the last.
            for (var d = rank - 2; d >= 0; d--)
            {
                xo += xs[d];
                yo += ys[d];
                if (++index[d] < outShape[d])
                {
                    break;
                }

                xo -= xs[d] * outShape[d];
                yo -= ys[d] * outShape[d];
                index[d] = 0;
            }
        }
    }

    /// <summary>Copies <paramref name="source"/> expanded to <paramref name="outShape"/> into <paramref name="destination"/>.</summary>
    internal static void Expand(ReadOnlySpan<double> source, int[] sourceShape, Span<double> destination, int[] outShape)
    {
        if (source.Length == destination.Length)
        {
            source.CopyTo(destination);
            return;
        }

        if (source.Length == 1)
        {
            destination.Fill(source[0]);
            return;
        }

        ReadOnlySpan<double> zero = [0.0];
        Apply<AddKernel>(source, sourceShape, zero, Shapes.ScalarShape, destination, outShape);
    }

    /// <summary>
    /// accumulator (shape <paramref name="targetShape"/>) += <paramref name="full"/> summed over the dimensions along
    /// which <paramref name="targetShape"/> was broadcast to <paramref name="fullShape"/>. With <paramref name="fresh"/>
    /// the accumulator holds garbage and is overwritten instead.
    /// </summary>
    internal static void SumTo(ReadOnlySpan<double> full, int[] fullShape, Span<double> accumulator, int[] targetShape, bool fresh)
    {
        if (full.Length == accumulator.Length)
        {
            Accumulate.Add(full, accumulator, fresh);
            return;
        }

        if (accumulator.Length == 1)
        {
            var s = TensorPrimitives.Sum(full);
            accumulator[0] = fresh ? s : accumulator[0] + s;
            return;
        }

        if (fresh)
        {
            accumulator.Clear();
        }

        if (full.Length == 0)
        {
            return;
        }

        var rank = fullShape.Length;
        var ts = Shapes.BroadcastStrides(targetShape, fullShape);
        var last = fullShape[rank - 1];
        var inner = ts[rank - 1];
        Span<int> index = stackalloc int[rank];
        var to = 0;
        for (var o = 0; o < full.Length; o += last)
        {
            var row = full.Slice(o, last);
            if (inner == 1)
            {
                var acc = accumulator.Slice(to, last);
                TensorPrimitives.Add(acc, row, acc);
            }
            else
            {
                accumulator[to] += TensorPrimitives.Sum(row);
            }

            for (var d = rank - 2; d >= 0; d--)
            {
                to += ts[d];
                if (++index[d] < fullShape[d])
                {
                    break;
                }

                to -= ts[d] * fullShape[d];
                index[d] = 0;
            }
        }
    }
}
