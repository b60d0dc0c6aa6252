namespace CourseKit.Autograd;

/// <summary>
/// One recorded operation (PyTorch's <c>grad_fn</c>): its inputs, what it saved, and its two backward rules. One
/// subclass per operation kind sits next to that operation's forward in <c>Ops/</c>; no closure is captured per node.
/// </summary>
internal abstract class Node
{
    /// <summary>The PyTorch-style name, e.g. <c>MulBackward0</c>.</summary>
    internal abstract string Name { get; }

    internal abstract int InputCount { get; }

    internal abstract Tensor GetInput(int index);

    /// <summary>
    /// Numeric backward: adds this operation's vector-Jacobian product for <paramref name="grad"/> (shaped like
    /// <paramref name="output"/>) into each input that wants a gradient, via <see cref="Engine.Accumulator"/>.
    /// </summary>
    internal abstract void Backward(Tensor output, ReadOnlySpan<double> grad);

    /// <summary>
    /// Recording backward (<c>createGraph: true</c>): the same rule written with tensor operations, so the
    /// gradient it hands to <see cref="Engine.AccumulateGraph"/> is itself differentiable.
    /// </summary>
    internal abstract void BackwardGraph(Tensor output, Tensor grad);

    /// <summary>False for operations whose backward needs no saved values (add, reshape, sum, ...).</summary>
    internal virtual bool SavesValues => true;

    /// <summary>True when backward reads the output's values (eˣ, tanh, …), which in-place changes must then not touch.</summary>
    internal virtual bool UsesOutput => false;

    /// <summary>True when backward reads the inputs' values (false for, e.g., max along an axis, which keeps indices).</summary>
    internal virtual bool UsesInputs => true;

    /// <summary>
    /// Recording order: larger than the sequence of every input's node, so walking nodes from the largest sequence
    /// down runs each node after all of its consumers.
    /// </summary>
    internal long Sequence { get; private set; }

    [ThreadStatic]
    private static long t_lastSequence;

    // The three flags above, read once when recording: the engine asks them for every node it passes, and fields cost
    // less than virtual calls (with Freed they fill what would be padding, so the node grows by nothing).
    private bool _savesValues;
    private bool _usesOutput;
    private bool _usesInputs;

    /// <summary>True when <see cref="SavesValues"/>, without a virtual call once recorded.</summary>
    internal bool Saves => _savesValues;

    /// <summary>Called once, when <paramref name="output"/> takes this node: numbers it and notes its saved values' versions.</summary>
    internal void Record(Tensor output)
    {
        _savesValues = SavesValues;
        _usesOutput = UsesOutput;
        _usesInputs = UsesInputs;
        AssignSequence();
        if (_savesValues)
        {
            VersionAtSave = SavedVersion(output);
        }
    }

    /// <summary>Numbers this node after its inputs' nodes (which another thread may have recorded) and after the last one recorded here.</summary>
    private void AssignSequence()
    {
        var sequence = t_lastSequence;
        var count = InputCount;
        for (var i = 0; i < count; i++)
        {
            if (GetInput(i)._node is { } input && input.Sequence > sequence)
            {
                sequence = input.Sequence;
            }
        }

        Sequence = t_lastSequence = sequence + 1;
    }

    /// <summary>The sum of the saved tensors' versions when the node was recorded; versions only grow.</summary>
    internal int VersionAtSave { get; set; }

    /// <summary>The current sum of the saved tensors' versions: different from <see cref="VersionAtSave"/> after an in-place change.</summary>
    internal int SavedVersion(Tensor output)
    {
        var version = _usesOutput ? output.Version : 0;
        var count = _usesInputs ? InputCount : 0;
        for (var i = 0; i < count; i++)
        {
            version += GetInput(i).Version;
        }

        return version;
    }

    /// <summary>Set once backward has run without <c>retainGraph</c>; a later pass through this node throws.</summary>
    internal bool Freed { get; private set; }

    internal void Release()
    {
        if (_savesValues)
        {
            Freed = true;
            ReleaseSaved();
        }
    }

    /// <summary>Drops saved buffers that are not inputs (masks, indices) so a freed graph holds less memory.</summary>
    protected virtual void ReleaseSaved()
    {
    }
}

/// <summary>A node with a single input.</summary>
internal abstract class UnaryNode(Tensor x) : Node
{
    internal Tensor X { get; } = x;

    internal override int InputCount => 1;

    internal override Tensor GetInput(int index) => X;
}

/// <summary>A node with two inputs; either may or may not require grad.</summary>
internal abstract class BinaryNode(Tensor a, Tensor b) : Node
{
    internal Tensor A { get; } = a;

    internal Tensor B { get; } = b;

    internal override int InputCount => 2;

    internal override Tensor GetInput(int index) => index == 0 ? A : B;
}
