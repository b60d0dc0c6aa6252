namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>Swaps two dimensions (negative counts from the end). The result is a copy.</summary>
    public Tensor Transpose(int dim0, int dim1)
    {
        if (_shape.Length < 2 && (dim0 is 0 or -1) && (dim1 is 0 or -1))
        {
            return Permute(_shape.Length == 0 ? [] : [0]);
        }

        var d0 = Shapes.NormalizeAxis(dim0, Rank);
        var d1 = Shapes.NormalizeAxis(dim1, Rank);
        var perm = new int[Rank];
        for (var i = 0; i < perm.Length; i++)
        {
            perm[i] = i;
        }

        (perm[d0], perm[d1]) = (perm[d1], perm[d0]);
        return Permute(perm);
    }

    /// <summary>The matrix transpose; a vector or scalar is returned unchanged and higher ranks reverse all dimensions, as PyTorch's <c>.T</c>.</summary>
    public Tensor T
    {
        get
        {
            if (_shape.Length < 2)
            {
                return this;
            }

            var perm = new int[Rank];
            for (var i = 0; i < perm.Length; i++)
            {
                perm[i] = Rank - 1 - i;
            }

            return Permute(perm);
        }
    }

    /// <summary>Reorders dimensions: result dimension i is input dimension <paramref name="dims"/>[i]. The result is a copy.</summary>
    public Tensor Permute(params int[] dims)
    {
        if (dims.Length != Rank)
        {
            throw new ArgumentException($"permute: number of dims {dims.Length} doesn't match the tensor's rank {Rank} (shape {ShapeText(_shape)}).");
        }

        var perm = new int[dims.Length];
        var seen = new bool[dims.Length];
        for (var i = 0; i < dims.Length; i++)
        {
            perm[i] = Shapes.NormalizeAxis(dims[i], Rank);
            if (seen[perm[i]])
            {
                throw new ArgumentException($"permute: repeated dim {dims[i]} in [{string.Join(", ", dims)}].");
            }

            seen[perm[i]] = true;
        }

        var outShape = new int[Rank];
        for (var i = 0; i < Rank; i++)
        {
            outShape[i] = _shape[perm[i]];
        }

        var result = Result(Shapes.Equal(outShape, _shape) ? _shape : outShape, _count);
        PermuteInto(_span, _shape, perm, result._span, accumulate: false);
        return Records(this) ? result.Recorded(new PermuteNode(this, perm)) : result;
    }

    /// <summary>destination (shape = source shape permuted) = (or +=) the permuted source.</summary>
    internal static void PermuteInto(ReadOnlySpan<double> source, int[] shape, int[] perm, Span<double> destination, bool accumulate)
    {
        var rank = shape.Length;
        if (source.Length == 0)
        {
            return;
        }

        if (rank == 0)
        {
            destination[0] = accumulate ? destination[0] + source[0] : source[0];
            return;
        }

        var strides = new int[rank];
        var s = 1;
        for (var d = rank - 1; d >= 0; d--)
        {
            strides[d] = s;
            s *= shape[d];
        }

        var outShape = new int[rank];
        var step = new int[rank];
        for (var i = 0; i < rank; i++)
        {
            outShape[i] = shape[perm[i]];
            step[i] = strides[perm[i]];
        }

        var last = outShape[rank - 1];
        var inner = step[rank - 1];
        Span<int> index = stackalloc int[rank];
        var src = 0;
        for (var o = 0; o < destination.Length; o += last)
        {
            var row = destination.Slice(o, last);
            for (var j = 0; j < last; j++)
            {
                var v = source[src + j * inner];
                row[j] = accumulate ? row[j] + v : v;
            }

            for (var d = rank - 2; d >= 0; d--)
            {
                src += step[d];
                if (++index[d] < outShape[d])
                {
                    break;
                }

                src -= step[d] * outShape[d];
                index[d] = 0;
            }
        }
    }

    /// <summary>The gradient of a permutation is the inverse permutation of the gradient.</summary>
    private sealed class PermuteNode(Tensor x, int[] perm) : UnaryNode(x)
    {
        internal override string Name => perm.Length == 2 ? "TransposeBackward0" : "PermuteBackward0";

        internal override bool SavesValues => false;

        internal override void Backward(Tensor output, ReadOnlySpan<double> grad)
        {
            if (!Engine.Wants(X))
            {
                return;
            }

            var acc = Engine.Accumulator(X, out var fresh);
            PermuteInto(grad, output._shape, Inverse(), acc, accumulate: !fresh);
        }

        internal override void BackwardGraph(Tensor output, Tensor grad) => Engine.AccumulateGraph(X, grad.Permute(Inverse()));

        private int[] Inverse()
        {
            var inverse = new int[perm.Length];
            for (var i = 0; i < perm.Length; i++)
            {
                inverse[perm[i]] = i;
            }

            return inverse;
        }
    }
}
