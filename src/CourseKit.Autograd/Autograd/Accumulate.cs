using System.Numerics.Tensors;

namespace CourseKit.Autograd;

/// <summary>
/// The "+=" of backward rules. A fresh accumulator holds garbage and is written instead of added to, which saves a
/// pass over memory the first time a gradient reaches a tensor.
/// </summary>
internal static class Accumulate
{
    internal static void Add(ReadOnlySpan<double> source, Span<double> acc, bool fresh)
    {
        if (fresh)
        {
            source.CopyTo(acc);
        }
        else
        {
            TensorPrimitives.Add(acc, source, acc);
        }
    }

    internal static void Subtract(ReadOnlySpan<double> source, Span<double> acc, bool fresh)
    {
        if (fresh)
        {
            TensorPrimitives.Negate(source, acc);
        }
        else
        {
            TensorPrimitives.Subtract(acc, source, acc);
        }
    }

    /// <summary>acc += x · y.</summary>
    internal static void MultiplyAdd(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> acc, bool fresh)
    {
        if (fresh)
        {
            TensorPrimitives.Multiply(x, y, acc);
        }
        else
        {
            TensorPrimitives.FusedMultiplyAdd(x, y, acc, acc);
        }
    }

    /// <summary>acc += x · s.</summary>
    internal static void MultiplyAdd(ReadOnlySpan<double> x, double s, Span<double> acc, bool fresh)
    {
        if (fresh)
        {
            TensorPrimitives.Multiply(x, s, acc);
        }
        else
        {
            TensorPrimitives.FusedMultiplyAdd(x, s, acc, acc);
        }
    }

    /// <summary>acc += s (every element).</summary>
    internal static void AddScalar(double s, Span<double> acc, bool fresh)
    {
        if (fresh)
        {
            acc.Fill(s);
        }
        else
        {
            TensorPrimitives.Add(acc, s, acc);
        }
    }
}
