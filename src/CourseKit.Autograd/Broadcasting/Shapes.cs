namespace CourseKit.Autograd;

/// <summary>Shape arithmetic: element counts, NumPy broadcasting, axis normalisation.</summary>
internal static class Shapes
{
    internal static readonly int[] ScalarShape = [];

    internal static int CountOf(ReadOnlySpan<int> shape)
    {
        var count = 1;
        foreach (var d in shape)
        {
            count *= d;
        }

        return count;
    }

    internal static bool Equal(int[] a, int[] b) => ReferenceEquals(a, b) || a.AsSpan().SequenceEqual(b);

    /// <summary>The NumPy broadcast of two shapes; throws naming both shapes when they are incompatible.</summary>
    internal static int[] Broadcast(int[] a, int[] b)
    {
        if (Equal(a, b))
        {
            return a;
        }

        var rank = Math.Max(a.Length, b.Length);
        var result = new int[rank];
        for (var i = 0; i < rank; i++)
        {
            var da = i - (rank - a.Length) >= 0 ? a[i - (rank - a.Length)] : 1;
            var db = i - (rank - b.Length) >= 0 ? b[i - (rank - b.Length)] : 1;
            if (da != db && da != 1 && db != 1)
            {
                throw new ArgumentException(
                    $"The size of tensor a ({da}) must match the size of tensor b ({db}) at non-singleton dimension {i}: " +
                    $"shapes {Tensor.ShapeText(a)} and {Tensor.ShapeText(b)} cannot be broadcast together. " +
                    "Make the sizes equal, or 1 where one operand should be repeated (e.g. with Reshape).");
            }

            result[i] = da == 1 ? db : da;
        }

        // Reuse an input's array when the result equals it, so later shape checks hit the reference fast path.
        return Equal(result, a) ? a : Equal(result, b) ? b : result;
    }

    /// <summary>Strides of <paramref name="shape"/> laid over the dimensions of <paramref name="target"/>: 0 where broadcast.</summary>
    internal static int[] BroadcastStrides(int[] shape, int[] target)
    {
        var strides = new int[target.Length];
        var stride = 1;
        for (var i = target.Length - 1; i >= 0; i--)
        {
            var j = i - (target.Length - shape.Length);
            if (j < 0)
            {
                break;
            }

            strides[i] = shape[j] == 1 && target[i] != 1 ? 0 : stride;
            stride *= shape[j];
        }

        return strides;
    }

    /// <summary>True when <paramref name="shape"/> broadcasts to <paramref name="target"/> (checked before expanding).</summary>
    internal static bool BroadcastsTo(int[] shape, int[] target)
    {
        if (shape.Length > target.Length)
        {
            return false;
        }

        for (var i = 1; i <= shape.Length; i++)
        {
            if (shape[^i] != 1 && shape[^i] != target[^i])
            {
                return false;
            }
        }

        return true;
    }

    internal static int NormalizeAxis(int axis, int rank, string what = "dimension")
    {
        var r = Math.Max(rank, 1);
        if (axis < -r || axis >= r)
        {
            throw new ArgumentOutOfRangeException(
                nameof(axis),
                $"{what} out of range (expected to be in range of [{-r}, {r - 1}], but got {axis}).");
        }

        return axis < 0 ? axis + r : axis;
    }

    /// <summary>Splits a shape around <paramref name="axis"/> into (product before, size at, product after).</summary>
    internal static (int Outer, int N, int Inner) Split(int[] shape, int axis)
    {
        var outer = CountOf(shape.AsSpan(0, axis));
        var inner = CountOf(shape.AsSpan(axis + 1));
        return (outer, shape[axis], inner);
    }

    internal static int[] RemoveAxis(int[] shape, int axis, bool keepDim)
    {
        var result = (int[])shape.Clone();
        if (keepDim)
        {
            result[axis] = 1;
            return result;
        }

        return [.. shape.AsSpan(0, axis), .. shape.AsSpan(axis + 1)];
    }
}
