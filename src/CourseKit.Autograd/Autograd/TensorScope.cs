namespace CourseKit.Autograd;

/// <summary>
/// A region of code on one thread whose large results give their memory back when it ends, so a loop that makes
/// fresh tensors every pass reuses the same arrays instead of waiting for the garbage collector (TorchSharp's
/// <c>NewDisposeScope</c>). Open it with <see cref="Tensor.Scope"/> and end it with <c>using</c>.
/// </summary>
/// <remarks>
/// <para>
/// When the scope ends, every tensor of at least <see cref="TrackedLength"/> elements made by an operation inside it
/// is released: its array goes to this thread's pool for the next operation, and reading the tensor afterwards
/// throws <see cref="ObjectDisposedException"/>. Smaller tensors are not tracked and stay usable (the collector frees
/// them cheaply). Leaves you create (<c>FromArray</c>, <c>Zeros</c>, ...) and gradients stored in <see cref="Tensor.Grad"/>
/// are never released.
/// </para>
/// <para>
/// A released tensor's memory is reused only when nothing else can see it: a tensor passed to <see cref="Keep"/>,
/// one with a view (<c>Reshape</c>, <c>Detach</c>) or whose elements were read with <c>AsSpan</c>, keeps its
/// elements. A graph that runs through released tensors cannot be differentiated after the scope: call
/// <c>Backward</c> inside it. Scopes nest; each thread has its own, and a scope must end on the thread that opened
/// it: ending it elsewhere throws and abandons it, leaving what it tracked to the garbage collector.
/// </para>
/// </remarks>
public sealed class TensorScope : IDisposable
{
    /// <summary>The smallest tracked result: 16,384 elements (128 KiB), where a fresh array starts to cost more than reuse.</summary>
    public const int TrackedLength = ScratchPool.MinLength;

    [ThreadStatic]
    private static TensorScope? t_current;

    private readonly TensorScope? _parent;
    private readonly int _threadId;
    private List<Tensor>? _tensors;
    private bool _ended;

    // Set when Dispose ran on another thread: the opening thread drops the scope the next time it looks, and nothing
    // it tracked is ever released (the user was told of the mistake and may still be using those tensors).
    private volatile bool _abandoned;

    internal TensorScope()
    {
        _parent = t_current;
        _threadId = Environment.CurrentManagedThreadId;
        t_current = this;
    }

    /// <summary>Keeps <paramref name="tensor"/> (and its memory) usable after this scope and every enclosing one end; returns it.</summary>
    public Tensor Keep(Tensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (_ended && tensor.IsReleased)
        {
            throw new InvalidOperationException(
                "Keep came too late: the scope has ended and this tensor's memory is already reused. Call scope.Keep(t) " +
                "inside the using block, before the scope ends.");
        }

        tensor.ExemptFromScopes();
        return tensor;
    }

    /// <summary>Ends the scope (and any scope opened inside it and still open): releases the tensors it tracked.</summary>
    public void Dispose()
    {
        if (_ended)
        {
            return;
        }

        if (Environment.CurrentManagedThreadId != _threadId)
        {
            _abandoned = true;
            throw new InvalidOperationException(
                "a Tensor.Scope() must end on the thread that opened it: its memory belongs to that thread's pool. " +
                "Keep the scope inside one synchronous block (no await between opening and disposing it). This scope " +
                "is abandoned: the tensors made in it stay usable and are left to the garbage collector.");
        }

        // Inner scopes still open end first, innermost first; a scope already ended by its parent is not in the chain.
        while (t_current is { } current)
        {
            current.End();
            if (ReferenceEquals(current, this))
            {
                break;
            }
        }
    }

    /// <summary>True when a scope is open on this thread; first drops the innermost ones abandoned from another thread.</summary>
    internal static bool IsOpen
    {
        get
        {
            while (t_current is { _abandoned: true } abandoned)
            {
                abandoned.End();
            }

            return t_current is not null;
        }
    }

    /// <summary>Adds an operation's large result to the innermost scope open on this thread.</summary>
    internal static void Track(Tensor result) => (t_current!._tensors ??= []).Add(result);

    private void End()
    {
        _ended = true;
        t_current = _parent;
        if (_tensors is null || _abandoned)
        {
            _tensors = null;
            return;
        }

        foreach (var tensor in _tensors)
        {
            if (tensor.Releasable)
            {
                tensor.Release();
            }
        }

        _tensors = null;
    }
}
