namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>Joins tensors along an existing axis; all other dimensions must agree (PyTorch's <c>cat</c>).</summary>
    public static Tensor Concat(Tensor[] ts, int axis = 0)
    {
        if (ts.Length == 0)
        {
            throw new ArgumentException("Concat expects a non-empty list of tensors.");
        }

        var rank = ts[0].Rank;
        if (rank == 0)
        {
            throw new ArgumentException("zero-dimensional tensor cannot be concatenated; use Stack to join scalars into a vector.");
        }

        var ax = Shapes.NormalizeAxis(axis, rank);
        var shape = (int[])ts[0]._shape.Clone();
        shape[ax] = 0;
        foreach (var t in ts)
        {
            for (var d = 0; d < rank; d++)
            {
                if (t.Rank != rank || (d != ax && t._shape[d] != ts[0]._shape[d]))
                {
                    throw new ArgumentException(
                        $"Sizes of tensors must match except in dimension {ax}: got shapes {ShapeText(ts[0]._shape)} and {ShapeText(t._shape)}.");
                }
            }

            shape[ax] += t._shape[ax];
        }

        return Join(ts, shape, ax, "CatBackward0");
    }

    /// <summary>Joins equally shaped tensors along a new axis (PyTorch's <c>stack</c>).</summary>
    public static Tensor Stack(Tensor[] ts, int axis = 0)
    {
        if (ts.Length == 0)
        {
            throw new ArgumentException("Stack expects a non-empty list of tensors.");
        }

        var ax = Shapes.NormalizeAxis(axis, ts[0].Rank + 1);
        foreach (var t in ts)
        {
            if (!Shapes.Equal(t._shape, ts[0]._shape))
            {
                throw new ArgumentException(
                    $"stack expects each tensor to be equal size, but got {ShapeText(ts[0]._shape)} and {ShapeText(t._shape)}.");
            }
        }

        int[] shape = [.. ts[0]._shape.AsSpan(0, ax), ts.Length, .. ts[0]._shape.AsSpan(ax)];
        return Join(ts, shape, ax, "StackBackward0");
    }

    /// <summary>Stacks scalars or equal tensors along a new first axis (params form).</summary>
    public static Tensor Stack(params Tensor[] ts) => Stack(ts, 0);

    private static Tensor Join(Tensor[] ts, int[] shape, int axis, string name)
    {
        var (outer, n, inner) = Shapes.Split(shape, axis);
        var result = Result(shape);
        var pieces = new int[ts.Length];
        var offset = 0;
        var record = false;
        for (var i = 0; i < ts.Length; i++)
        {
            var t = ts[i];
            var piece = outer == 0 ? 0 : t._count / outer;
            pieces[i] = piece;
            for (var o = 0; o < outer; o++)
            {
                t._span.Slice(o * piece, piece).CopyTo(result._span.Slice(o * n * inner + offset));
            }

            offset += piece;
            record |= t._requiresGrad;
        }

        return record && GradMode.IsEnabled ? result.Recorded(new JoinNode((Tensor[])ts.Clone(), pieces, axis, name)) : result;
    }

    /// <summary>Each input's gradient is its own block of the output's gradient.</summary>
    private sealed class JoinNode(Tensor[] inputs, int[] pieces, int axis, string name) : Node
    {
        internal override string Name => name;

        internal override bool SavesValues => false;

        internal override int InputCount => inputs.Length;

        internal override Tensor GetInput(int index) => inputs[index];

        internal override void Backward(Tensor output, ReadOnlySpan<double> grad)
        {
            var (outer, n, inner) = Shapes.Split(output._shape, axis);
            var offset = 0;
            for (var i = 0; i < inputs.Length; i++)
            {
                var t = inputs[i];
                var piece = pieces[i];
                if (Engine.Wants(t))
                {
                    var acc = Engine.Accumulator(t, out var fresh);
                    for (var o = 0; o < outer; o++)
                    {
                        Accumulate.Add(grad.Slice(o * n * inner + offset, piece), acc.Slice(o * piece, piece), fresh);
                    }
                }

                offset += piece;
            }
        }

        internal override void BackwardGraph(Tensor output, Tensor grad)
        {
            var (_, _, inner) = Shapes.Split(output._shape, axis);
            var start = 0;
            for (var i = 0; i < inputs.Length; i++)
            {
                var t = inputs[i];
                var length = inner == 0 ? 0 : pieces[i] / inner;
                if (Engine.Wants(t))
                {
                    var piece = grad.Narrow(axis, start, length, squeeze: false);
                    Engine.AccumulateGraph(t, Shapes.Equal(piece._shape, t._shape) ? piece : piece.Reshape(t._shape));
                }

                start += length;
            }
        }
    }
}
