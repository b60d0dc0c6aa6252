using System.Runtime.InteropServices;

namespace CourseKit.Autograd;

/// <summary>
/// An n-dimensional, row-major array of doubles that records the operations applied to it, so that
/// <see cref="Backward"/> can compute gradients the way PyTorch's autograd does.
/// </summary>
/// <remarks>
/// Data is always contiguous. <see cref="Reshape"/> and <see cref="Detach"/> share data with their source;
/// every other operation allocates its result. Shapes are never mutated once a tensor exists, which is why
/// results may share their shape array with an input. A graph is not thread-safe: run backward passes over one
/// graph from one thread at a time (separate graphs on separate threads are fine; <see cref="NoGrad"/> is per thread).
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Naming",
    "CA1707:Identifiers should not contain underscores",
    Justification = "PyTorch's trailing underscore marks in-place operations (RequiresGrad_, Zero_); the course teaches that convention.")]
public sealed partial class Tensor
{
    internal readonly double[] _data;
    internal readonly int[] _shape;

    /// <summary>The number of elements; the array's own length, so the tensor object stays small.</summary>
    internal int _count => _data.Length;

    internal Tensor(double[] data, int[] shape)
    {
        _data = data;
        _shape = shape;
    }

    /// <summary>A copy of the tensor's dimensions (empty for a 0-d scalar), e.g. <c>[2, 3]</c>.</summary>
    public int[] Shape => (int[])_shape.Clone();

    /// <summary>The number of dimensions: 0 for a scalar, 1 for a vector, 2 for a matrix.</summary>
    public int Rank => _shape.Length;

    /// <summary>The number of elements (PyTorch's <c>numel()</c>).</summary>
    public int Count => _count;

    /// <summary>The size of the first dimension, as Python's <c>len(x)</c>; lets <c>x[^1]</c> work.</summary>
    public int Length => _shape.Length == 0
        ? throw new InvalidOperationException("len() of a 0-d tensor is undefined. Use Item() to read its value.")
        : _shape[0];

    /// <summary>Read-only view of the elements in row-major order, without copying.</summary>
    public ReadOnlySpan<double> AsSpan() => _data;

    /// <summary>The value of a one-element tensor as a double (PyTorch's <c>item()</c>).</summary>
    public double Item() => _count == 1
        ? _data[0]
        : throw new InvalidOperationException(
            $"a Tensor with {_count} elements cannot be converted to Scalar. Item() needs exactly one element; " +
            "reduce first (e.g. x.Sum().Item()) or read elements with ToArray().");

    /// <summary>A copy of the elements in row-major order.</summary>
    public double[] ToArray() => (double[])_data.Clone();

    /// <summary>A copy of a 2-D tensor's elements as a rectangular array.</summary>
    public double[,] ToArray2D()
    {
        if (_shape.Length != 2)
        {
            throw new InvalidOperationException($"ToArray2D needs a 2-D tensor, but this one has shape {ShapeText(_shape)}.");
        }

        var result = new double[_shape[0], _shape[1]];
        _data.AsSpan().CopyTo(MemoryMarshal.CreateSpan(ref result[0, 0], _count));
        return result;
    }

    internal static Tensor Uninitialized(int[] shape, int count) =>
        new(count == 1 ? new double[1] : GC.AllocateUninitializedArray<double>(count), shape);

    internal static Tensor Uninitialized(int[] shape) => Uninitialized(shape, Shapes.CountOf(shape));

    /// <summary>A constant (non-recorded) tensor of f applied to each element; used for masks in recorded backward rules.</summary>
    internal Tensor Map(Func<double, double> f)
    {
        var data = new double[_count];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = f(_data[i]);
        }

        return new Tensor(data, _shape);
    }

    internal static string ShapeText(int[] shape) => "[" + string.Join(", ", shape) + "]";
}
