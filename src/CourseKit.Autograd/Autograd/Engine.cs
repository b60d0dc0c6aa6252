using System.Runtime.InteropServices;

namespace CourseKit.Autograd;

/// <summary>
/// Reverse-mode differentiation: an iterative topological sort of the recorded graph (explicit stack, visit marks
/// by epoch), walked in reverse, each node adding its inputs' gradients with "+=".
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
    private static List<Tensor>? t_order;

    [ThreadStatic]
    private static List<Tensor>? t_stack;

    [ThreadStatic]
    private static List<int>? t_next;

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
                var data = t._count == 1 ? [t._g0] : t._gradBuf!;
                result[i] = new Tensor(data, t._shape);
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

            var order = TopologicalOrder(root, epoch);
            if (createGraph)
            {
                using var recording = GradMode.Set(true);
                AccumulateGraph(root, seed ?? Tensor.OnesLike(root));
                WalkGraph(order, epoch, retainGraph);
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
                    Accumulate.Add(seed._data, acc, fresh);
                }

                Walk(order, epoch, retainGraph);
            }

            order.Clear();
            return epoch;
        }
        finally
        {
            t_epoch = previousEpoch;
            t_capture = previousCapture;
        }
    }

    /// <summary>Non-leaf tensors reachable from <paramref name="root"/>, every tensor after the inputs it was computed from.</summary>
    private static List<Tensor> TopologicalOrder(Tensor root, int epoch)
    {
        var order = t_order ??= [];
        var stack = t_stack ??= [];
        var next = t_next ??= [];
        order.Clear();
        stack.Clear(); // a pass that threw (freed graph) may have left entries behind
        next.Clear();
        if (root._node is null)
        {
            return order;
        }

        CheckNotFreed(root._node);
        root._visitEpoch = epoch;
        stack.Add(root);
        next.Add(0);
        while (stack.Count > 0)
        {
            var top = stack[^1];
            var node = top._node!;
            var i = next[^1];
            if (i < node.InputCount)
            {
                next[^1] = i + 1;
                var input = node.GetInput(i);

                // A captured tensor is an independent variable of torch.autograd.grad: no need to look behind it.
                if (input._node is { } inputNode && input._visitEpoch != epoch && !(t_capture && input._captureEpoch == epoch))
                {
                    CheckNotFreed(inputNode);
                    input._visitEpoch = epoch;
                    stack.Add(input);
                    next.Add(0);
                }
            }
            else
            {
                stack.RemoveAt(stack.Count - 1);
                next.RemoveAt(next.Count - 1);
                order.Add(top);
            }
        }

        return order;
    }

    private static void CheckUnmodified(Node node, Tensor output)
    {
        if (node.SavesValues && node.SavedVersion(output) != node.VersionAtSave)
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

    private static void Walk(List<Tensor> order, int epoch, bool retainGraph)
    {
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var t = order[i];
            var node = t._node!;
            if (t._gradEpoch == epoch && !(t_capture && t._captureEpoch == epoch))
            {
                ReadOnlySpan<double> grad = t._count == 1 ? MemoryMarshal.CreateReadOnlySpan(ref t._g0, 1) : t._gradBuf;
                CheckUnmodified(node, t);
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
                        t._grad = new Tensor(Add(t._grad._data, copy), t._shape);
                    }
                }

                if (t._captureEpoch != epoch)
                {
                    t._gradBuf = null;
                }
            }

            if (!retainGraph)
            {
                node.Release();
            }
        }
    }

    private static double[] Add(double[] a, double[] b)
    {
        System.Numerics.Tensors.TensorPrimitives.Add(a, b, b);
        return b;
    }

    private static void WalkGraph(List<Tensor> order, int epoch, bool retainGraph)
    {
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var t = order[i];
            var node = t._node!;
            if (t._gradEpoch == epoch && t._gradT is { } grad && !(t_capture && t._captureEpoch == epoch))
            {
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

            if (!retainGraph)
            {
                node.Release();
            }
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
                return grad._data;
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
            return grad._data;
        }

        if (t._gradEpoch != t_epoch)
        {
            t._gradEpoch = t_epoch;
            fresh = true;
            if (t._count == 1)
            {
                return MemoryMarshal.CreateSpan(ref t._g0, 1);
            }

            t._gradBuf = GC.AllocateUninitializedArray<double>(t._count);
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
