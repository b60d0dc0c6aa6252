namespace CourseKit.Autograd;

/// <summary>
/// A unary elementwise operation y = f(x): backward is grad(x) += g · f′(x), with f′ given from x and y. Large
/// tensors are processed in cache-sized chunks so the derivative never needs a full-size temporary.
/// </summary>
internal abstract class ElementwiseNode(Tensor x) : UnaryNode(x)
{
    private const int Chunk = 512;

    internal override bool UsesOutput => true;

    /// <summary>f′ at one element, from its input x and output y.</summary>
    protected abstract double Derivative(double x, double y);

    /// <summary>f′ over spans of inputs and outputs.</summary>
    protected abstract void Derivative(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> destination);

    /// <summary>True when f′ equals the output (eˣ): backward multiplies by it directly, with no derivative buffer.</summary>
    protected virtual bool DerivativeIsOutput => false;

    /// <summary>f′ as a tensor expression of <see cref="UnaryNode.X"/> and <paramref name="output"/>, for recorded backward.</summary>
    protected abstract Tensor DerivativeGraph(Tensor output);

    internal override void Backward(Tensor output, ReadOnlySpan<double> grad)
    {
        if (!Engine.Wants(X))
        {
            return;
        }

        var acc = Engine.Accumulator(X, out var fresh);
        if (grad.Length == 1)
        {
            var v = grad[0] * Derivative(X._first, output._first);
            acc[0] = fresh ? v : acc[0] + v;
            return;
        }

        if (DerivativeIsOutput)
        {
            Accumulate.MultiplyAdd(grad, output._span, acc, fresh);
            return;
        }

        Span<double> local = stackalloc double[Chunk];
        ReadOnlySpan<double> x = X._span;
        ReadOnlySpan<double> y = output._span;
        for (var start = 0; start < grad.Length; start += Chunk)
        {
            var n = Math.Min(Chunk, grad.Length - start);
            var d = local[..n];
            Derivative(x.Slice(start, n), y.Slice(start, n), d);
            Accumulate.MultiplyAdd(grad.Slice(start, n), d, acc.Slice(start, n), fresh);
        }
    }

    internal override void BackwardGraph(Tensor output, Tensor grad)
    {
        if (Engine.Wants(X))
        {
            Engine.AccumulateGraph(X, grad * DerivativeGraph(output));
        }
    }
}
