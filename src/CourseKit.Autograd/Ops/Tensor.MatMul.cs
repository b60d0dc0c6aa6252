using CourseKit.Autograd.Kernels;

namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>
    /// Matrix product as <c>torch.matmul</c>: vector·vector is a dot product, a 1-D operand is treated as a row
    /// (left) or column (right) vector and that dimension dropped, and ≥3-D operands are stacks of matrices whose
    /// batch dimensions broadcast.
    /// </summary>
    public Tensor MatMul(Tensor other)
    {
        var a = this;
        var b = other;
        if (a.Rank == 0 || b.Rank == 0)
        {
            throw new ArgumentException(
                $"both arguments to MatMul need to be at least 1D, but they are {a.Rank}D and {b.Rank}D. Use * to multiply by a scalar.");
        }

        if (a.Rank == 1 && b.Rank == 1)
        {
            return a.Dot(b);
        }

        var m = a.Rank == 1 ? 1 : a._shape[^2];
        var k = a._shape[^1];
        var kb = b.Rank == 1 ? b._shape[0] : b._shape[^2];
        var n = b.Rank == 1 ? 1 : b._shape[^1];
        if (k != kb)
        {
            throw new ArgumentException(
                $"mat1 and mat2 shapes cannot be multiplied ({m}x{k} and {kb}x{n}): MatMul of shapes {ShapeText(a._shape)} and " +
                $"{ShapeText(b._shape)} needs the last dimension of the first ({k}) to equal the " +
                $"{(b.Rank == 1 ? "length" : "second-to-last dimension")} of the second ({kb}). Transpose one operand (e.g. with .T) if that was meant.");
        }

        var plan = new MatMulPlan(a, b, m, k, n);
        var result = Result(plan.OutShape);
        var c = result._span;
        for (var i = 0; i < plan.Batch; i++)
        {
            Gemm.Multiply(
                m, n, k,
                a._span.Slice(plan.AIndex[i] * m * k, m * k), false,
                b._span.Slice(plan.BIndex[i] * k * n, k * n), false,
                c.Slice(i * m * n, m * n), false);
        }

        if (!Records(a, b))
        {
            return result;
        }

        var name = plan.Batch > 1 || a.Rank > 2 || b.Rank > 2 ? "BmmBackward0" : b.Rank == 1 ? "MvBackward0" : "MmBackward0";
        return result.Recorded(new MatMulNode(a, b, plan, name));
    }

    /// <summary>Matrix product (static form, the book's <c>torch.matmul</c>).</summary>
    public static Tensor MatMul(Tensor a, Tensor b) => a.MatMul(b);

    /// <summary>How a (possibly batched, possibly 1-D) matmul maps output matrices to operand matrices.</summary>
    private sealed class MatMulPlan
    {
        internal MatMulPlan(Tensor a, Tensor b, int m, int k, int n)
        {
            (M, K, N) = (m, k, n);
            int[] aBatch = a.Rank > 2 ? a._shape[..^2] : [];
            int[] bBatch = b.Rank > 2 ? b._shape[..^2] : [];
            if (!Shapes.BroadcastsTo(aBatch, Broadcastable(aBatch, bBatch)) || !Shapes.BroadcastsTo(bBatch, Broadcastable(aBatch, bBatch)))
            {
                throw new ArgumentException(
                    $"MatMul cannot broadcast the batch dimensions {ShapeText(aBatch)} and {ShapeText(bBatch)} of shapes " +
                    $"{ShapeText(a._shape)} and {ShapeText(b._shape)}: batch sizes must be equal or 1.");
            }

            var batchShape = Shapes.Broadcast(aBatch, bBatch);
            Batch = Shapes.CountOf(batchShape);
            ABatchCount = Shapes.CountOf(aBatch);
            BBatchCount = Shapes.CountOf(bBatch);
            OutShape = [.. batchShape, .. a.Rank == 1 ? Array.Empty<int>() : [m], .. b.Rank == 1 ? Array.Empty<int>() : [n]];
            BatchShape = batchShape;
            AIndex = MatrixIndices(aBatch, batchShape);
            BIndex = MatrixIndices(bBatch, batchShape);
        }

        internal int M { get; }

        internal int K { get; }

        internal int N { get; }

        internal int Batch { get; }

        internal int ABatchCount { get; }

        internal int BBatchCount { get; }

        internal int[] OutShape { get; }

        internal int[] BatchShape { get; }

        internal int[] AIndex { get; }

        internal int[] BIndex { get; }

        /// <summary>The elementwise larger of two right-aligned shapes: the broadcast result when one exists.</summary>
        private static int[] Broadcastable(int[] a, int[] b)
        {
            var rank = Math.Max(a.Length, b.Length);
            var result = new int[rank];
            for (var i = 1; i <= rank; i++)
            {
                result[^i] = Math.Max(i <= a.Length ? a[^i] : 1, i <= b.Length ? b[^i] : 1);
            }

            return result;
        }

        private static int[] MatrixIndices(int[] batch, int[] full)
        {
            var count = Shapes.CountOf(full);
            var result = new int[count];
            if (count <= 1 || Shapes.CountOf(batch) == count)
            {
                for (var i = 0; i < count; i++)
                {
                    result[i] = Shapes.CountOf(batch) == count ? i : 0;
                }

                return result;
            }

            var strides = Shapes.BroadcastStrides(batch, full);
            var index = new int[full.Length];
            var offset = 0;
            for (var i = 0; i < count; i++)
            {
                result[i] = offset;
                for (var d = full.Length - 1; d >= 0; d--)
                {
                    offset += strides[d];
                    if (++index[d] < full[d])
                    {
                        break;
                    }

                    offset -= strides[d] * full[d];
                    index[d] = 0;
                }
            }

            return result;
        }
    }

    /// <summary>
    /// For C = A·B: ∂L/∂A = G·Bᵀ and ∂L/∂B = Aᵀ·G, summed over broadcast batches. The kernel's transpose flags do the
    /// transposes, and its accumulate flag does the "+=".
    /// </summary>
    private sealed class MatMulNode(Tensor a, Tensor b, MatMulPlan plan, string name) : BinaryNode(a, b)
    {
        internal override string Name => name;

        internal override void Backward(Tensor output, ReadOnlySpan<double> grad)
        {
            int m = plan.M, k = plan.K, n = plan.N;
            if (Engine.Wants(A))
            {
                var acc = Engine.Accumulator(A, out var fresh);
                var reused = plan.ABatchCount != plan.Batch;
                if (fresh && reused)
                {
                    acc.Clear();
                }

                for (var i = 0; i < plan.Batch; i++)
                {
                    Gemm.Multiply(
                        m, k, n,
                        grad.Slice(i * m * n, m * n), false,
                        B._span.Slice(plan.BIndex[i] * k * n, k * n), true,
                        acc.Slice(plan.AIndex[i] * m * k, m * k), !fresh || reused);
                }
            }

            if (Engine.Wants(B))
            {
                var acc = Engine.Accumulator(B, out var fresh);
                var reused = plan.BBatchCount != plan.Batch;
                if (fresh && reused)
                {
                    acc.Clear();
                }

                for (var i = 0; i < plan.Batch; i++)
                {
                    Gemm.Multiply(
                        k, n, m,
                        A._span.Slice(plan.AIndex[i] * m * k, m * k), true,
                        grad.Slice(i * m * n, m * n), false,
                        acc.Slice(plan.BIndex[i] * k * n, k * n), !fresh || reused);
                }
            }
        }

        internal override void BackwardGraph(Tensor output, Tensor grad)
        {
            var a = A.Rank == 1 ? A.Reshape(1, plan.K) : A;
            var b = B.Rank == 1 ? B.Reshape(plan.K, 1) : B;
            var g = grad.Reshape([.. plan.BatchShape, plan.M, plan.N]);
            if (Engine.Wants(A))
            {
                Engine.AccumulateGraph(A, g.MatMul(b.Transpose(-1, -2)).SumTo(a._shape).Reshape(A._shape));
            }

            if (Engine.Wants(B))
            {
                Engine.AccumulateGraph(B, a.Transpose(-1, -2).MatMul(g).SumTo(b._shape).Reshape(B._shape));
            }
        }
    }
}
