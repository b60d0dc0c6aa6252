using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace CourseKit.Autograd.Kernels;

/// <summary>
/// Dense double-precision matrix multiply on row-major spans: the one kernel behind MatMul and its backward.
/// Span-in/span-out, knows nothing of tensors or graphs.
/// </summary>
/// <remarks>
/// The structure is the Goto/BLIS one: op(A) and op(B) are packed into cache-sized, zero-padded panels (the
/// transposes disappear there), and a register-tiled micro-kernel (8×24 with AVX-512, 4×12 with 256-bit vectors)
/// does the FMAs. Large problems are split into independent row or column halves, one per core; tiny or skinny
/// ones skip packing and run single-threaded without allocating.
/// </remarks>
internal static unsafe class Gemm
{
    // Depth of one packed panel: the 8×KC A micro-panel (16 KiB) stays in L1 while B panels stream past it.
    private const int BlockDepth = 256;

    // Columns of op(B) packed at a time: KC×NB doubles (384 KiB) sit in L2 for the whole sweep over A's rows.
    private const int BlockColumns = 192;

    // Rows of op(A) packed at a time: MC×KC doubles (2 MiB) are reused from L3 across all column blocks.
    private const int BlockRows = 1024;

    // Below this many multiply-adds packing costs more than it saves.
    private const long DirectWork = 32 * 32 * 32;

    // Below this many multiply-adds a second thread costs more (wake-up, duplicated packing) than it saves.
    private const long ParallelWork = 96L * 96 * 96;

    /// <summary>
    /// Upper bound on the threads one multiply uses (default: all cores). Benchmarks lower it to measure the
    /// one-thread kernel; it is process-wide, so tests must not change it.
    /// </summary>
    internal static int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// C (m×n) = op(A) · op(B), or C += op(A) · op(B) when <paramref name="accumulate"/>. op(A) is m×k: A stored
    /// m×k, or A stored k×m and transposed when <paramref name="transA"/>; likewise op(B) is k×n. C must not overlap
    /// A or B.
    /// </summary>
    public static void Multiply(
        int m, int n, int k,
        ReadOnlySpan<double> a, bool transA,
        ReadOnlySpan<double> b, bool transB,
        Span<double> c, bool accumulate) =>
        Multiply(m, n, k, a, transA, b, transB, c, accumulate, Vector512.IsHardwareAccelerated, MaxDegreeOfParallelism);

    /// <summary>
    /// <see cref="Multiply(int, int, int, ReadOnlySpan{double}, bool, ReadOnlySpan{double}, bool, Span{double}, bool)"/>
    /// with the micro-kernel and thread count chosen by the caller, so tests can reach every path on one machine.
    /// </summary>
    internal static void Multiply(
        int m, int n, int k,
        ReadOnlySpan<double> a, bool transA,
        ReadOnlySpan<double> b, bool transB,
        Span<double> c, bool accumulate,
        bool useVector512, int maxDegreeOfParallelism)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(m);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if ((long)m * k > a.Length || (long)k * n > b.Length || (long)m * n > c.Length)
        {
            throw new ArgumentException(
                $"Gemm needs A with {(long)m * k}, B with {(long)k * n} and C with {(long)m * n} elements; " +
                $"got {a.Length}, {b.Length} and {c.Length}.");
        }

        if (m == 0 || n == 0)
        {
            return;
        }

        if (k == 0)
        {
            if (!accumulate)
            {
                c[..(m * n)].Clear();
            }

            return;
        }

        var work = (long)m * n * k;
        if (work < DirectWork || m < 4 || n < 4)
        {
            Direct(m, n, k, a, transA, b, transB, c, accumulate);
            return;
        }

        fixed (double* pa = a, pb = b, pc = c)
        {
            var job = new GemmJob(
                (nint)pa, transA ? m : k, transA,
                (nint)pb, transB ? k : n, transB,
                (nint)pc, n, k, accumulate, useVector512);

            var threads = Math.Min(maxDegreeOfParallelism, Environment.ProcessorCount);
            if (threads <= 1 || work < ParallelWork)
            {
                job.Run(0, m, 0, n);
                return;
            }

            RunParallel(job, m, n, threads, useVector512);
        }
    }

    // Kept out of Multiply: the lambda's closure would otherwise capture m and n there, and the compiler allocates
    // captured parameters' closure on entry, even on the small single-threaded paths.
    private static void RunParallel(GemmJob job, int m, int n, int threads, bool useVector512)
    {
        // Independent halves (rows if there are more of them, else columns), cut on tile boundaries so no tile
        // straddles two threads; each thread packs its own panels in its own workspace.
        var splitRows = m >= n;
        var extent = splitRows ? m : n;
        var tile = splitRows
            ? (useVector512 ? GemmMicroKernel512.Rows : GemmMicroKernel256.Rows)
            : (useVector512 ? GemmMicroKernel512.Columns : GemmMicroKernel256.Columns);
        var tiles = (extent + tile - 1) / tile;
        threads = Math.Min(threads, tiles);
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            var start = Math.Min(extent, (int)((long)tiles * t / threads) * tile);
            var end = Math.Min(extent, (int)((long)tiles * (t + 1) / threads) * tile);
            if (splitRows)
            {
                job.Run(start, end, 0, n);
            }
            else
            {
                job.Run(0, m, start, end);
            }
        });
    }

    /// <summary>Unpacked path for small or skinny products: vectorised row updates or dot products.</summary>
    private static void Direct(
        int m, int n, int k,
        ReadOnlySpan<double> a, bool transA,
        ReadOnlySpan<double> b, bool transB,
        Span<double> c, bool accumulate)
    {
        if (!accumulate)
        {
            c[..(m * n)].Clear();
        }

        if (transB)
        {
            // op(B) column j is row j of B, so each C element is one contiguous dot product when A is not
            // transposed; otherwise gather the strided column of A into a stack row first.
            Span<double> gathered = transA && k <= 256 ? stackalloc double[k] : default;
            for (var i = 0; i < m; i++)
            {
                scoped ReadOnlySpan<double> rowA;
                if (!transA)
                {
                    rowA = a.Slice(i * k, k);
                }
                else if (k <= 256)
                {
                    for (var p = 0; p < k; p++)
                    {
                        gathered[p] = a[p * m + i];
                    }

                    rowA = gathered;
                }
                else
                {
                    DirectStrided(i, n, k, m, a, b, c);
                    continue;
                }

                var rowC = c.Slice(i * n, n);
                for (var j = 0; j < n; j++)
                {
                    rowC[j] += TensorPrimitives.Dot(rowA, b.Slice(j * k, k));
                }
            }

            return;
        }

        for (var i = 0; i < m; i++)
        {
            var rowC = c.Slice(i * n, n);
            for (var p = 0; p < k; p++)
            {
                var aip = transA ? a[p * m + i] : a[i * k + p];
                TensorPrimitives.MultiplyAdd(b.Slice(p * n, n), aip, rowC, rowC);
            }
        }
    }

    // Row i of C for transA and transB together when k is too long to gather on the stack.
    private static void DirectStrided(int i, int n, int k, int m, ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c)
    {
        for (var j = 0; j < n; j++)
        {
            var sum = 0.0;
            var rowB = b.Slice(j * k, k);
            for (var p = 0; p < k; p++)
            {
                sum += a[p * m + i] * rowB[p];
            }

            c[i * n + j] += sum;
        }
    }

    /// <summary>One multiply's operands as raw addresses, so a sub-block can run on any thread.</summary>
    private readonly struct GemmJob(
        nint a, int lda, bool transA,
        nint b, int ldb, bool transB,
        nint c, int ldc, int k, bool accumulate, bool useVector512)
    {
        /// <summary>Computes rows [i0, i1) × columns [j0, j1) of C with the blocked, packed kernel.</summary>
        [SkipLocalsInit]
        public void Run(int i0, int i1, int j0, int j1)
        {
            var m = i1 - i0;
            var n = j1 - j0;
            if (m <= 0 || n <= 0)
            {
                return;
            }

            var mr = useVector512 ? GemmMicroKernel512.Rows : GemmMicroKernel256.Rows;
            var nr = useVector512 ? GemmMicroKernel512.Columns : GemmMicroKernel256.Columns;
            var pa = (double*)a + (transA ? i0 : (nint)i0 * lda);
            var pb = (double*)b + (transB ? (nint)j0 * ldb : j0);
            var pc = (double*)c + (nint)i0 * ldc + j0;

            var depth = Math.Min(BlockDepth, k);
            var packedA = GemmWorkspace.PackedA(RoundUp(Math.Min(BlockRows, m), mr) * depth);
            var packedB = GemmWorkspace.PackedB(RoundUp(Math.Min(BlockColumns, n), nr) * depth);
            var edge = stackalloc double[GemmMicroKernel512.Rows * GemmMicroKernel512.Columns];

            for (var p0 = 0; p0 < k; p0 += BlockDepth)
            {
                var kc = Math.Min(BlockDepth, k - p0);
                var overwrite = p0 == 0 && !accumulate;
                for (var ic = 0; ic < m; ic += BlockRows)
                {
                    var mc = Math.Min(BlockRows, m - ic);
                    var aBlock = transA ? pa + (nint)p0 * lda + ic : pa + (nint)ic * lda + p0;
                    GemmPacking.PackA(mc, kc, aBlock, lda, transA, mr, packedA);
                    for (var jc = 0; jc < n; jc += BlockColumns)
                    {
                        var nb = Math.Min(BlockColumns, n - jc);
                        var bBlock = transB ? pb + (nint)jc * ldb + p0 : pb + (nint)p0 * ldb + jc;
                        GemmPacking.PackB(kc, nb, bBlock, ldb, transB, nr, packedB);
                        for (var ir = 0; ir < mc; ir += mr)
                        {
                            var rows = Math.Min(mr, mc - ir);
                            var panelA = packedA + (nint)ir * kc;
                            var rowC = pc + (nint)(ic + ir) * ldc + jc;
                            for (var jr = 0; jr < nb; jr += nr)
                            {
                                var cols = Math.Min(nr, nb - jr);
                                var panelB = packedB + (nint)jr * kc;
                                if (rows == mr && cols == nr)
                                {
                                    Tile(kc, panelA, panelB, rowC + jr, ldc, overwrite);
                                }
                                else
                                {
                                    // Edge tiles run the full kernel into scratch; only the valid corner lands in C.
                                    Tile(kc, panelA, panelB, edge, nr, overwrite: true);
                                    for (var r = 0; r < rows; r++)
                                    {
                                        var dst = rowC + jr + (nint)r * ldc;
                                        var src = edge + r * nr;
                                        for (var q = 0; q < cols; q++)
                                        {
                                            dst[q] = overwrite ? src[q] : dst[q] + src[q];
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        private void Tile(int kc, double* panelA, double* panelB, double* tileC, nint ldTile, bool overwrite)
        {
            if (useVector512)
            {
                GemmMicroKernel512.Run(kc, panelA, panelB, tileC, ldTile, overwrite);
            }
            else
            {
                GemmMicroKernel256.Run(kc, panelA, panelB, tileC, ldTile, overwrite);
            }
        }

        private static int RoundUp(int value, int multiple) => (value + multiple - 1) / multiple * multiple;
    }
}
