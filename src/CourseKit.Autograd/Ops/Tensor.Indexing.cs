using System.Runtime.CompilerServices;

namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>
    /// Row <paramref name="i"/> along the first dimension (negative counts from the end), one rank lower; differentiable.
    /// Setting it copies a value (broadcast) into that row in place.
    /// </summary>
    /// <remarks>Unlike PyTorch's views, the result is a copy: writing to it does not change this tensor.</remarks>
    [IndexerName("At")] // the default name "Item" would clash with Item(), the scalar read
    public Tensor this[int i]
    {
        get => Narrow(0, CheckIndex(i, 0), 1, squeeze: true);
        set => SetBlock(CheckIndex(i, 0), 1, value, leading: 1, keepAxis: false);
    }

    /// <summary>Element or row (i, j): indexes the first two dimensions; differentiable. Setting it writes in place.</summary>
    [IndexerName("At")]
    public Tensor this[int i, int j]
    {
        get
        {
            CheckTwoIndices();
            var row = this[i];
            return row.Narrow(0, CheckIndex(j, 1), 1, squeeze: true);
        }

        set
        {
            CheckTwoIndices();
            SetBlock(CheckIndex(i, 0) * _shape[1] + CheckIndex(j, 1), 1, value, leading: 2, keepAxis: false);
        }
    }

    /// <summary>A slice of the first dimension, e.g. <c>x[1..3]</c>; differentiable. Setting it writes in place.</summary>
    [IndexerName("At")]
    public Tensor this[Range range]
    {
        get
        {
            var (start, length) = Range(range);
            return Narrow(0, start, length, squeeze: false);
        }

        set
        {
            var (start, length) = Range(range);
            SetBlock(start, length, value, leading: 1, keepAxis: true);
        }
    }

    private (int Start, int Length) Range(Range range)
    {
        if (_shape.Length == 0)
        {
            throw new ArgumentOutOfRangeException(null, "invalid index of a 0-dim tensor. Use Item() to read its value.");
        }

        try
        {
            return range.GetOffsetAndLength(_shape[0]);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new ArgumentOutOfRangeException(null, $"range {range} is out of bounds for dimension 0 with size {_shape[0]}.");
        }
    }

    private int CheckIndex(int i, int dimension)
    {
        if (_shape.Length == 0)
        {
            throw new ArgumentOutOfRangeException(null, "invalid index of a 0-dim tensor. Use Item() to read its value.");
        }

        var n = _shape[dimension];
        var k = i < 0 ? i + n : i;
        if (k < 0 || k >= n)
        {
            throw new ArgumentOutOfRangeException(null, $"index {i} is out of bounds for dimension {dimension} with size {n}.");
        }

        return k;
    }

    private void CheckTwoIndices()
    {
        if (_shape.Length < 2)
        {
            throw new ArgumentOutOfRangeException(null, $"too many indices for tensor of dimension {Rank}: x[i, j] needs at least 2 dimensions.");
        }
    }

    /// <summary>Writes <paramref name="value"/>, broadcast, over a contiguous block of leading-index rows, in place.</summary>
    private void SetBlock(int start, int length, Tensor value, int leading, bool keepAxis)
    {
        CheckInPlace();
        var inner = Shapes.CountOf(_shape.AsSpan(leading));
        int[] blockShape = keepAxis ? [length, .. _shape.AsSpan(leading)] : [.. _shape.AsSpan(leading)];
        if (!Shapes.BroadcastsTo(value._shape, blockShape))
        {
            throw new ArgumentException(
                $"shape mismatch: value tensor of shape {ShapeText(value._shape)} cannot be broadcast to indexing result of shape {ShapeText(blockShape)}.");
        }

        Broadcast.Expand(value._span, value._shape, _span.Slice(start * inner, length * inner), blockShape);
    }
}
