namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    internal Node? _node;

    // Per-backward-pass scratch, keyed by the pass's epoch (see Engine).
    internal int _visitEpoch;
    internal int _gradEpoch;
    internal double _g0;

    // What only some tensors need (leaves that require grad or have a Grad, retained or captured gradients, large or
    // recorded gradients in a pass, version counters of changed or shared data) lives apart: a scalar graph allocates
    // a tensor per operation, and every byte of it costs (mostly in the collector's zeroing of fresh memory).
    private GradState? _gradState;

    // Made at most once even when threads that share a constant view it for the first time together (Detach): one
    // lost to a race would take its version counter with it.
    private GradState State => _gradState ?? Interlocked.CompareExchange(ref _gradState, new GradState(), null) ?? _gradState;

    /// <summary>True for every recorded result, and for leaves marked with <see cref="RequiresGrad_"/>.</summary>
    internal bool _requiresGrad => _node is not null || (_gradState?.LeafRequiresGrad ?? false);

    // Bumped by every in-place change; shared with views (Detach, Reshape), created on first need.
    internal VersionCounter? _version
    {
        get => _gradState?.Version;
        set
        {
            if (value is not null || _gradState is not null)
            {
                State.Version = value;
            }
        }
    }

    // A gradient belongs to its tensor from now on, whichever scope made it.
    internal Tensor? _grad
    {
        get => _gradState?.Grad;
        set
        {
            if (value is not null || _gradState is not null)
            {
                value?.ExemptFromScopes();
                State.Grad = value;
            }
        }
    }

    /// <summary>
    /// Keeps this tensor's elements out of every <see cref="TensorScope"/>'s release: they are seen from outside
    /// (a view, a span, a gradient) or the user asked to keep them. Only large tensors are ever tracked.
    /// </summary>
    internal void ExemptFromScopes()
    {
        if (_array is { Length: >= ScratchPool.MinLength })
        {
            State.ScopeExempt = true;
        }
    }

    /// <summary>True when a scope may take this tensor's elements back (see <see cref="ExemptFromScopes"/>).</summary>
    internal bool Releasable => !(_gradState?.ScopeExempt ?? false);

    internal bool _gradOwned
    {
        get => _gradState?.GradOwned ?? false;
        set
        {
            if (value || _gradState is not null)
            {
                State.GradOwned = value;
            }
        }
    }

    internal bool _retainGrad
    {
        get => _gradState?.RetainGrad ?? false;
        set
        {
            if (value || _gradState is not null)
            {
                State.RetainGrad = value;
            }
        }
    }

    internal int _captureEpoch
    {
        get => _gradState?.CaptureEpoch ?? 0;
        set
        {
            if (value != 0 || _gradState is not null)
            {
                State.CaptureEpoch = value;
            }
        }
    }

    internal double[]? _gradBuf
    {
        get => _gradState?.GradBuffer;
        set
        {
            if (value is not null || _gradState is not null)
            {
                State.GradBuffer = value;
            }
        }
    }

    internal Tensor? _gradT
    {
        get => _gradState?.GradTensor;
        set
        {
            if (value is not null || _gradState is not null)
            {
                State.GradTensor = value;
            }
        }
    }

    /// <summary>True when operations on this tensor are recorded so gradients can flow back to it.</summary>
    public bool RequiresGrad => _requiresGrad;

    /// <summary>
    /// True for tensors created by the user (or by an operation that recorded nothing); only leaves get a
    /// <see cref="Grad"/> from <see cref="Backward"/> unless <see cref="RetainGrad"/> was called.
    /// </summary>
    public bool IsLeaf => _node is null;

    /// <summary>The name of the operation that produced this tensor, e.g. <c>MulBackward0</c>; null for leaves.</summary>
    public string? GradFn => _node?.Name;

    /// <summary>
    /// The accumulated gradient (PyTorch's <c>.grad</c>): null until the first <see cref="Backward"/> reaches this
    /// tensor. Set it to null to forget it, as <c>x.grad = None</c>.
    /// </summary>
    public Tensor? Grad
    {
        get => _grad;
        set
        {
            if (value is not null && !Shapes.Equal(value._shape, _shape))
            {
                throw new ArgumentException(
                    $"assigned grad has shape {ShapeText(value._shape)}, but the tensor has shape {ShapeText(_shape)}. " +
                    "A gradient must have exactly its tensor's shape.");
            }

            _grad = value;
            _gradOwned = false;
        }
    }

    /// <summary>Sets whether this leaf records operations (PyTorch's <c>requires_grad_()</c>); returns this tensor.</summary>
    public Tensor RequiresGrad_(bool requiresGrad = true)
    {
        if (_node is not null && !requiresGrad)
        {
            throw new InvalidOperationException(
                "you can only change requires_grad flags of leaf variables. If you want to use a computed tensor " +
                "in a subgraph that doesn't require differentiation, use y.Detach().");
        }

        if (_node is null && (requiresGrad || _gradState is not null))
        {
            State.LeafRequiresGrad = requiresGrad;
        }

        return this;
    }

    /// <summary>Asks <see cref="Backward"/> to keep this non-leaf tensor's gradient in <see cref="Grad"/>.</summary>
    public void RetainGrad()
    {
        if (!_requiresGrad)
        {
            throw new InvalidOperationException(
                "can't RetainGrad on a tensor that has RequiresGrad == false. Create its inputs with requiresGrad: true.");
        }

        _retainGrad = _node is not null;
    }

    /// <summary>
    /// Computes the gradient of this tensor with respect to every leaf that requires grad and adds it to their
    /// <see cref="Grad"/>. A non-scalar tensor needs <paramref name="gradient"/> (the gradient of the final result
    /// with respect to it). The graph's saved values are freed unless <paramref name="retainGraph"/>;
    /// <paramref name="createGraph"/> records the backward pass itself, for higher derivatives.
    /// </summary>
    public void Backward(Tensor? gradient = null, bool retainGraph = false, bool createGraph = false) =>
        Engine.Backward(this, gradient, retainGraph || createGraph, createGraph);

    /// <summary>Resets <see cref="Grad"/> to zeros (the book's <c>x.grad.zero_()</c>); does nothing while it is null.</summary>
    public void ZeroGrad()
    {
        if (_grad is null)
        {
            return;
        }

        if (_gradOwned && !_grad._requiresGrad)
        {
            _grad._span.Clear();
            _grad.BumpVersion();
        }
        else
        {
            _grad = Zeros(_shape);
            _gradOwned = true;
        }
    }

    /// <summary>A tensor sharing this one's data but cut from the graph: it is a leaf and does not require grad.</summary>
    public Tensor Detach() => View(_shape);

    /// <summary>
    /// Starts a scope (on this thread) in which operations record nothing and results do not require grad; dispose it
    /// to restore the previous mode. Use it for parameter updates and evaluation: <c>using (Tensor.NoGrad()) { ... }</c>.
    /// </summary>
    public static IDisposable NoGrad() => GradMode.Set(false);

    /// <summary>
    /// Opens a <see cref="TensorScope"/> on this thread: when it ends, the large results made inside it give their
    /// memory back for reuse. <c>using (Tensor.Scope()) { ... }</c> around each pass of a training or benchmark loop.
    /// </summary>
    public static TensorScope Scope() => new();

    /// <summary>Starts a scope in which recording is on again, even inside <see cref="NoGrad"/>.</summary>
    public static IDisposable EnableGrad() => GradMode.Set(true);

    /// <summary>True when operations on this thread are currently recorded.</summary>
    public static bool IsGradEnabled => GradMode.IsEnabled;

    /// <summary>True when an operation on <paramref name="x"/> must be recorded.</summary>
    internal static bool Records(Tensor x) => x._requiresGrad && GradMode.IsEnabled;

    internal static bool Records(Tensor a, Tensor b) => (a._requiresGrad || b._requiresGrad) && GradMode.IsEnabled;

    /// <summary>Attaches the node that produced this tensor; returns this tensor.</summary>
    internal Tensor Recorded(Node node)
    {
        _node = node;
        node.Record(this);
        return this;
    }

    /// <summary>How many in-place changes this tensor's data has seen (PyTorch's <c>_version</c>).</summary>
    internal int Version => _version?.Value ?? 0;

    internal void BumpVersion() => SharedVersion.Value++;

    /// <summary>A tensor over the same data that shares this one's version counter.</summary>
    internal Tensor View(int[] shape)
    {
        var view = new Tensor(_data, shape) { _version = SharedVersion };
        ExemptFromScopes();
        return view;
    }

    /// <summary>This data's version counter, made on first need (once, even when threads ask together).</summary>
    private VersionCounter SharedVersion
    {
        get
        {
            var state = State;
            return state.Version ?? Interlocked.CompareExchange(ref state.Version, new VersionCounter(), null) ?? state.Version;
        }
    }

    /// <summary>The fields most tensors never set; see <see cref="_gradState"/>.</summary>
    private sealed class GradState
    {
        internal bool LeafRequiresGrad;
        internal VersionCounter? Version;
        internal Tensor? Grad;
        internal bool GradOwned;
        internal bool RetainGrad;
        internal int CaptureEpoch;
        internal double[]? GradBuffer;
        internal Tensor? GradTensor;
        internal bool ScopeExempt;
    }

    /// <summary>A mutable counter shared by all tensors over one data array.</summary>
    internal sealed class VersionCounter
    {
        internal int Value;
    }
}
