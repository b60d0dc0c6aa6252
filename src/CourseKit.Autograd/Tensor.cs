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
    // The elements. A one-element tensor starts with its value inline in _value and no array: a scalar graph makes a
    // tensor per operation, and a separate one-element array would cost an object and 32 bytes each. The array is
    // made only when code needs one (_data: a view sharing the data, AsSpan); from then on it holds the
    // value and _value is never read again.
    private double[]? _array;
    private double _value;
    internal readonly int[] _shape;

    /// <summary>The number of elements; the array's own length (1 while the value is inline), so the tensor object stays small.</summary>
    internal int _count => _array is { } array ? Live(array).Length : 1;

    internal Tensor(double[] data, int[] shape)
    {
        _array = data;
        _shape = shape;
    }

    /// <summary>A one-element tensor that keeps <paramref name="value"/> inline, without an array.</summary>
    internal Tensor(double value, int[] shape)
    {
        _value = value;
        _shape = shape;
    }

    /// <summary>
    /// The elements as an array, made on first need for an inline scalar. Everything that shares the data with
    /// another tensor or hands it out goes through here, so sharing always sees one array.
    /// </summary>
    internal double[] _data => _array is { } array ? Live(array) : Materialize();

    /// <summary>
    /// The elements, without making an array for an inline scalar; writes are seen by every later read. Keep the
    /// span no longer than the current operation: a later <see cref="_data"/> moves an inline value into an array.
    /// </summary>
    internal Span<double> _span => _array is { } array ? Live(array) : MemoryMarshal.CreateSpan(ref _value, 1);

    /// <summary>The first element (the value of a one-element tensor), without making an array.</summary>
    internal double _first => _array is { } array ? Live(array)[0] : _value;

    // Takes the place of the elements of a tensor released by its TensorScope; every read of the elements checks for it.
    private static readonly double[] s_released = [];

    /// <summary>True once the <see cref="TensorScope"/> this tensor was made in has ended and taken its elements back.</summary>
    internal bool IsReleased => ReferenceEquals(_array, s_released);

    private static double[] Live(double[] array) => ReferenceEquals(array, s_released) ? throw ReleasedError() : array;

    private static ObjectDisposedException ReleasedError() => new(
        nameof(Tensor),
        "this tensor's memory was reused after the Tensor.Scope() it was made in ended. Keep the tensors you need " +
        "beyond the scope with scope.Keep(t), and finish what reads them (Backward through them too) inside the scope.");

    /// <summary>
    /// Gives this tensor's elements back for reuse and marks it released; called only by the scope it was made in,
    /// and only when nothing else can see the elements (see <see cref="TensorScope"/>).
    /// </summary>
    internal void Release()
    {
        if (_array is { } array && !ReferenceEquals(array, s_released))
        {
            _array = s_released;
            ScratchPool.Return(array);
        }
    }

    private double[] Materialize()
    {
        // Two threads may both read a shared constant's data for the first time: both must get the same array.
        double[] array = [_value];
        return Interlocked.CompareExchange(ref _array, array, null) ?? array;
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
    /// <remarks>A tensor made in a <see cref="TensorScope"/> and read this way keeps its memory when the scope ends.</remarks>
    public ReadOnlySpan<double> AsSpan()
    {
        var data = _data;
        ExemptFromScopes();
        return data;
    }

    /// <summary>The value of a one-element tensor as a double (PyTorch's <c>item()</c>).</summary>
    public double Item() => _count == 1
        ? _first
        : throw new InvalidOperationException(
            $"a Tensor with {_count} elements cannot be converted to Scalar. Item() needs exactly one element; " +
            "reduce first (e.g. x.Sum().Item()) or read elements with ToArray().");

    /// <summary>A copy of the elements in row-major order.</summary>
    public double[] ToArray() => _span.ToArray();

    /// <summary>A copy of a 2-D tensor's elements as a rectangular array.</summary>
    public double[,] ToArray2D()
    {
        if (_shape.Length != 2)
        {
            throw new InvalidOperationException($"ToArray2D needs a 2-D tensor, but this one has shape {ShapeText(_shape)}.");
        }

        var result = new double[_shape[0], _shape[1]];
        _span.CopyTo(MemoryMarshal.CreateSpan(ref result[0, 0], _count));
        return result;
    }

    /// <summary>A tensor of uninitialized elements that belongs to no scope (gradients handed to leaves).</summary>
    internal static Tensor Uninitialized(int[] shape, int count) =>
        count == 1 ? new(0.0, shape) : new(GC.AllocateUninitializedArray<double>(count), shape);

    /// <summary>
    /// An operation's result, elements uninitialized. Inside a <see cref="TensorScope"/>, a large one takes an array
    /// given back earlier on this thread when there is one, and belongs to the scope. Outside, the pool is left to
    /// backward passes, which give back all they take; a result taken from it would never return.
    /// </summary>
    internal static Tensor Result(int[] shape, int count)
    {
        if (count < ScratchPool.MinLength || !TensorScope.IsOpen)
        {
            return Uninitialized(shape, count);
        }

        var result = new Tensor(ScratchPool.Rent(count), shape);
        TensorScope.Track(result);
        return result;
    }

    internal static Tensor Result(int[] shape) => Result(shape, Shapes.CountOf(shape));

    /// <summary>A constant (non-recorded) tensor of f applied to each element; used for masks in recorded backward rules.</summary>
    internal Tensor Map(Func<double, double> f)
    {
        var data = new double[_count];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = f(_span[i]);
        }

        return new Tensor(data, _shape);
    }

    internal static string ShapeText(int[] shape) => "[" + string.Join(", ", shape) + "]";
}
