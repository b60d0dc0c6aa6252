using System.Runtime.InteropServices;

namespace CourseKit.Autograd;

/// <summary>
/// Reverse-mode differentiation: the recorded graph is walked from the output, latest-recorded node first (a queue
/// ordered by <see cref="Node.Sequence"/>, visit marks by epoch; no recursion), each node adding its inputs' gradients
/// with "+=".
/// </summary>
/// <remarks>
/// Two modes share the walk. <see cref="Tensor.Backward"/> accumulates into the leaves' <see cref="Tensor.Grad"/>;
/// <see cref="Grad"/> (PyTorch's <c>torch.autograd.grad</c>) captures the gradients of chosen tensors and leaves
/// every <c>Grad</c> untouched. Per-pass scratch state lives on the tensors and is keyed by the pass's epoch,
/// so nothing needs clearing between passes.
/// </remarks>
internal static class Engine
{
    private static int s_epoch;

    [ThreadStatic]
    private static int t_epoch;

    [ThreadStatic]
    private static bool t_capture;

    [ThreadStatic]
    private static PriorityQueue<Tensor, long>? t_pending;

    internal const string FreedMessage =
        "Trying to backward through the graph a second time (or to use saved values after they have been freed). " +
        "Saved intermediate values of the graph are freed when you call Backward() so that memory can be reused. " +
        "Specify retainGraph: true in the first call, e.g. y.Backward(retainGraph: true), if you need to backward " +
        "through the graph a second time; or recompute the output so a fresh graph is recorded.";

    /// <summary>Backward from <paramref name="root"/>, accumulating into leaves' <c>Grad</c>.</summary>
    internal static void Backward(Tensor root, Tensor? seed, bool retainGraph, bool createGraph) =>
        Run(root, seed, retainGraph, createGraph, null);

    /// <summary>
    /// The gradients of <paramref name="root"/> with respect to <paramref name="inputs"/> (zeros where it does not
    /// depend on one), without touching any <c>Grad</c>.
    /// </summary>
    internal static Tensor[] Grad(Tensor root, Tensor[] inputs, Tensor? seed, bool retainGraph, bool createGraph)
    {
        foreach (var input in inputs)
        {
            if (!input._requiresGrad)
            {
                throw new InvalidOperationException(
                    "One of the differentiated tensors does not require grad. Create it with requiresGrad: true " +
                    "(or call RequiresGrad_()) before computing the output.");
            }
        }

        var epoch = Run(root, seed, retainGraph, createGraph, inputs);
        var result = new Tensor[inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            var t = inputs[i];
            if (t._gradEpoch != epoch)
            {
                result[i] = Tensor.Zeros(t._shape);
            }
            else if (createGraph)
            {
                result[i] = t._gradT!;
            }
            else
            {
                result[i] = t._count == 1 ? new Tensor(t._g0, t._shape) : new Tensor(t._gradBuf!, t._shape);
            }

            // Two captured entries may be the same tensor; the first one took the buffer.
            t._gradBuf = null;
            t._gradT = null;
            t._gradEpoch = 0;
        }

        return result;
    }

    private static int Run(Tensor root, Tensor? seed, bool retainGraph, bool createGraph, Tensor[]? capture)
    {
        if (!root._requiresGrad)
        {
            throw new InvalidOperationException(
                "element 0 of tensors does not require grad and does not have a grad_fn. Create the inputs with " +
                "requiresGrad: true (or call x.RequiresGrad_()) before computing this tensor, and make sure it was " +
                "not computed inside Tensor.NoGrad() or from a Detach()ed tensor.");
        }

        if (seed is null && root._count != 1)
        {
            throw new InvalidOperationException(
                $"grad can be implicitly created only for scalar outputs, but this tensor has shape {Tensor.ShapeText(root._shape)}. " +
                "Reduce it to a scalar first (e.g. y.Sum().Backward()), or pass the gradient of the final result with " +
                "respect to it: y.Backward(Tensor.OnesLike(y)).");
        }

        if (seed is not null && !Shapes.Equal(seed._shape, root._shape))
        {
            throw new ArgumentException(
                $"Mismatch in shape: gradient has a shape of {Tensor.ShapeText(seed._shape)} and the output has a shape of " +
                $"{Tensor.ShapeText(root._shape)}. Pass a gradient with exactly the output's shape.");
        }

        // The queue is reused across passes; a pass started from inside another (a function that differentiates
        // inside a function being differentiated) gets its own.
        var pending = t_pending ?? new PriorityQueue<Tensor, long>();
        t_pending = null;
        var epoch = Interlocked.Increment(ref s_epoch);
        var previousEpoch = t_epoch;
        var previousCapture = t_capture;
        t_epoch = epoch;
        t_capture = capture is not null;
        try
        {
            if (capture is not null)
            {
                foreach (var c in capture)
                {
                    c._captureEpoch = epoch;
                }
            }

            Start(pending, root, epoch);
            if (createGraph)
            {
                using var recording = GradMode.Set(true);
                AccumulateGraph(root, seed ?? Tensor.OnesLike(root));
                Walk(pending, epoch, retainGraph, recordGraph: true);
            }
            else
            {
                var acc = Accumulator(root, out var fresh);
                if (seed is null)
                {
                    Accumulate.AddScalar(1.0, acc, fresh);
                }
                else
                {
                    Accumulate.Add(seed._span, acc, fresh);
                }

                Walk(pending, epoch, retainGraph, recordGraph: false);
            }

            return epoch;
        }
        finally
        {
            t_epoch = previousEpoch;
            t_capture = previousCapture;

            // A pass that threw (freed graph, in-place change) leaves entries that would keep their graph alive.
            pending.Clear();
            t_pending = pending;
        }
    }

    /// <summary>Puts <paramref name="root"/> in the queue of tensors whose node is still to run, if it has a node.</summary>
    private static void Start(PriorityQueue<Tensor, long> pending, Tensor root, int epoch)
    {
        if (root._node is { } node)
        {
            CheckNotFreed(node);
            root._visitEpoch = epoch;
            pending.Enqueue(root, -node.Sequence);
        }
    }

    private static void CheckUnmodified(Node node, Tensor output)
    {
        if (node.Saves && node.SavedVersion(output) != node.VersionAtSave)
        {
            throw new InvalidOperationException(
                $"one of the variables needed for gradient computation has been modified by an inplace operation: a value " +
                $"saved by {node.Name} changed after it was recorded, so its gradient would be wrong. Make the change out of " +
                "place (e.g. c = c * 0 instead of c.Fill_(0)), or make it after Backward and recompute the forward pass.");
        }
    }

    private static void CheckNotFreed(Node node)
    {
        if (node.Freed)
        {
            throw new InvalidOperationException(FreedMessage);
        }
    }

    /// <summary>
    /// Runs the nodes reachable from the queue, latest-recorded first. Every tensor is recorded after its inputs, so when
    /// a tensor comes out of the queue every consumer of it has run and its gradient is complete: one pass does both
    /// the topological sort and the backward walk, touching each node once (PyTorch orders its engine the same way).
    /// As in PyTorch, a freed node is found when the walk reaches it, so gradients of other branches may already have
    /// been added by then.
    /// </summary>
    private static void Walk(PriorityQueue<Tensor, long> pending, int epoch, bool retainGraph, bool recordGraph)
    {
        // Fixed for the pass (a nested pass restores it before returning), so read once rather than per node.
        var capture = t_capture;

        // One tensor waiting to run is kept out of the queue: in a sum built term by term (a + w·x, as every neuron
        // is), the running total waits while its latest term runs, and then goes next. Only tensors that wait longer
        // pay for the queue.
        Tensor? held = null;
        long heldSequence = 0;
        var next = pending.TryDequeue(out var first, out _) ? first : null;
        while (next is { } t)
        {
            var node = t._node!;
            if (t._gradEpoch == epoch && !(capture && t._captureEpoch == epoch))
            {
                if (recordGraph)
                {
                    RunNodeGraph(t, node, epoch);
                }
                else
                {
                    RunNode(t, node, epoch);
                }
            }

            // The latest-recorded input found here goes next, without waiting, when nothing waiting is later: a chain
            // of operations never touches the queue at all.
            Tensor? latest = null;
            long latestSequence = 0;
            var count = node.InputCount;
            for (var i = 0; i < count; i++)
            {
                var input = node.GetInput(i);

                // A captured tensor is an independent variable of torch.autograd.grad: no need to look behind it.
                if (input._node is { } inputNode && input._visitEpoch != epoch && !(capture && input._captureEpoch == epoch))
                {
                    CheckNotFreed(inputNode);
                    input._visitEpoch = epoch;
                    var sequence = inputNode.Sequence;
                    if (latest is null)
                    {
                        (latest, latestSequence) = (input, sequence);
                    }
                    else if (sequence > latestSequence)
                    {
                        Wait(pending, ref held, ref heldSequence, latest, latestSequence);
                        (latest, latestSequence) = (input, sequence);
                    }
                    else
                    {
                        Wait(pending, ref held, ref heldSequence, input, sequence);
                    }
                }
            }

            if (!retainGraph)
            {
                node.Release();
            }

            if (latest is not null
                && (held is null || latestSequence > heldSequence)
                && (!pending.TryPeek(out _, out var queued) || latestSequence > -queued))
            {
                next = latest;
                continue;
            }

            if (latest is not null)
            {
                Wait(pending, ref held, ref heldSequence, latest, latestSequence);
            }

            if (held is not null && (!pending.TryPeek(out _, out var top) || heldSequence > -top))
            {
                next = held;
                held = null;
            }
            else
            {
                next = pending.TryDequeue(out var dequeued, out _) ? dequeued : null;
            }
        }
    }

    /// <summary>Adds <paramref name="t"/> to the tensors waiting to run: the held slot keeps the later of it and the held one.</summary>
    private static void Wait(PriorityQueue<Tensor, long> pending, ref Tensor? held, ref long heldSequence, Tensor t, long sequence)
    {
        if (held is null)
        {
            (held, heldSequence) = (t, sequence);
        }
        else if (sequence > heldSequence)
        {
            pending.Enqueue(held, -heldSequence);
            (held, heldSequence) = (t, sequence);
        }
        else
        {
            pending.Enqueue(t, -sequence);
        }
    }

    private static void RunNode(Tensor t, Node node, int epoch)
    {
        CheckUnmodified(node, t);
        ReadOnlySpan<double> grad = t._count == 1 ? MemoryMarshal.CreateReadOnlySpan(ref t._g0, 1) : t._gradBuf;
        node.Backward(t, grad);
        if (t._retainGrad)
        {
            var copy = grad.ToArray();
            if (t._grad is null)
            {
                t._grad = new Tensor(copy, t._shape);
            }
            else
            {
                t._grad = new Tensor(Add(t._grad._span, copy), t._shape);
            }
        }

        // Unless captured (then it is the caller's result) or donated to an input, the buffer is free again.
        if (t._captureEpoch != epoch && t._gradBuf is { } used)
        {
            t._gradBuf = null;
            ScratchPool.Return(used);
        }
    }

    private static double[] Add(ReadOnlySpan<double> a, double[] b)
    {
        System.Numerics.Tensors.TensorPrimitives.Add(a, b, b);
        return b;
    }

    private static void RunNodeGraph(Tensor t, Node node, int epoch)
    {
        if (t._gradT is not { } grad)
        {
            return;
        }

        CheckUnmodified(node, t);

        node.BackwardGraph(t, grad);
        if (t._retainGrad)
        {
            t._grad = t._grad is null ? grad : t._grad + grad;
        }

        if (t._captureEpoch != epoch)
        {
            t._gradT = null;
        }
    }

    /// <summary>True when backward should compute a gradient for <paramref name="t"/> in the current pass.</summary>
    internal static bool Wants(Tensor t) =>
        t._requiresGrad && (t._node is not null || !t_capture || t._captureEpoch == t_epoch);

    /// <summary>
    /// The buffer that collects <paramref name="t"/>'s gradient in the current pass: the leaf's <c>Grad</c> data in
    /// backward mode, per-pass scratch otherwise. <paramref name="fresh"/> means it holds garbage: write, do not add.
    /// </summary>
    internal static Span<double> Accumulator(Tensor t, out bool fresh)
    {
        if (t._node is null && !t_capture)
        {
            var grad = t._grad;
            if (grad is null)
            {
                grad = Tensor.Uninitialized(t._shape, t._count);
                t._grad = grad;
                t._gradOwned = true;
                fresh = true;
                return grad._span;
            }

            if (!t._gradOwned || grad._requiresGrad)
            {
                // Accumulating in place would change a tensor someone else may hold (a recorded gradient).
                grad = new Tensor(grad.ToArray(), t._shape);
                t._grad = grad;
                t._gradOwned = true;
            }

            fresh = false;
            grad.BumpVersion();
            return grad._span;
        }

        if (t._gradEpoch != t_epoch)
        {
            t._gradEpoch = t_epoch;
            fresh = true;
            if (t._count == 1)
            {
                return MemoryMarshal.CreateSpan(ref t._g0, 1);
            }

            t._gradBuf = ScratchPool.Rent(t._count);
            return t._gradBuf;
        }

        fresh = false;
        return t._count == 1 ? MemoryMarshal.CreateSpan(ref t._g0, 1) : t._gradBuf;
    }

    /// <summary>
    /// Hands <paramref name="output"/>'s gradient buffer to <paramref name="t"/> when t's gradient would be an exact
    /// copy of it (add, subtract's left side, reshape): saves a full-size allocation and copy. Only when nothing
    /// reads the buffer later: not retained, not captured, and t has no gradient yet in this pass.
    /// </summary>
    internal static bool TryDonate(Tensor output, Tensor t)
    {
        var buffer = output._gradBuf;
        if (buffer is null || output._retainGrad || output._captureEpoch == t_epoch || t._count != buffer.Length || t._count == 1)
        {
            return false;
        }

        if (t._node is null)
        {
            if (t_capture || t._grad is not null)
            {
                return false;
            }

            t._grad = new Tensor(buffer, t._shape);
            t._gradOwned = true;
        }
        else
        {
            if (t._gradEpoch == t_epoch || (t_capture && t._captureEpoch == t_epoch))
            {
                return false;
            }

            t._gradEpoch = t_epoch;
            t._gradBuf = buffer;
        }

        output._gradBuf = null;
        return true;
    }

    /// <summary>Adds a recorded gradient contribution, shaped exactly like <paramref name="t"/>, to its gradient.</summary>
    internal static void AccumulateGraph(Tensor t, Tensor contribution)
    {
        if (t._node is null && !t_capture)
        {
            t._grad = t._grad is null ? contribution : t._grad + contribution;
            t._gradOwned = false;
            return;
        }

        if (t._gradEpoch != t_epoch)
        {
            t._gradEpoch = t_epoch;
            t._gradT = contribution;
        }
        else
        {
            t._gradT = t._gradT! + contribution;
        }
    }
}
