namespace CourseKit.Autograd.Kernels;

/// <summary>
/// Copies blocks of op(A) and op(B) into the contiguous, zero-padded panel layout the micro-kernels read with
/// unit stride; the transposes are absorbed here so the kernels only ever see one layout.
/// </summary>
internal static unsafe class GemmPacking
{
    /// <summary>
    /// Packs the <paramref name="mc"/>×<paramref name="kc"/> block of op(A) whose element (i, p) is
    /// <c>a[p*lda + i]</c> when <paramref name="transA"/> and <c>a[i*lda + p]</c> otherwise, as panels of
    /// <paramref name="mr"/> rows: panel r holds, for each p, rows r·mr … r·mr+mr−1 (zeros past the edge).
    /// </summary>
    public static void PackA(int mc, int kc, double* a, nint lda, bool transA, int mr, double* dst)
    {
        for (var i0 = 0; i0 < mc; i0 += mr)
        {
            var rows = Math.Min(mr, mc - i0);
            if (transA)
            {
                // Column p of op(A) is contiguous in A, so each step copies a short contiguous run.
                var src = a + i0;
                for (var p = 0; p < kc; p++)
                {
                    var s = src + p * lda;
                    var r = 0;
                    for (; r < rows; r++)
                    {
                        dst[r] = s[r];
                    }

                    for (; r < mr; r++)
                    {
                        dst[r] = 0;
                    }

                    dst += mr;
                }
            }
            else
            {
                // Rows of op(A) are contiguous: read `rows` streams side by side and interleave them.
                var src = a + i0 * lda;
                for (var p = 0; p < kc; p++)
                {
                    var s = src + p;
                    var r = 0;
                    for (; r < rows; r++)
                    {
                        dst[r] = s[r * lda];
                    }

                    for (; r < mr; r++)
                    {
                        dst[r] = 0;
                    }

                    dst += mr;
                }
            }
        }
    }

    /// <summary>
    /// Packs the <paramref name="kc"/>×<paramref name="nb"/> block of op(B) whose element (p, j) is
    /// <c>b[j*ldb + p]</c> when <paramref name="transB"/> and <c>b[p*ldb + j]</c> otherwise, as panels of
    /// <paramref name="nr"/> columns: panel q holds, for each p, columns q·nr … q·nr+nr−1 (zeros past the edge).
    /// </summary>
    public static void PackB(int kc, int nb, double* b, nint ldb, bool transB, int nr, double* dst)
    {
        for (var j0 = 0; j0 < nb; j0 += nr)
        {
            var cols = Math.Min(nr, nb - j0);
            if (transB)
            {
                // Columns of op(B) are rows of B: walk each one once and scatter it down the panel.
                for (var jj = 0; jj < cols; jj++)
                {
                    var s = b + (j0 + jj) * ldb;
                    var d = dst + jj;
                    for (var p = 0; p < kc; p++)
                    {
                        d[p * nr] = s[p];
                    }
                }

                for (var jj = cols; jj < nr; jj++)
                {
                    for (var p = 0; p < kc; p++)
                    {
                        dst[p * nr + jj] = 0;
                    }
                }

                dst += kc * nr;
            }
            else
            {
                var src = b + j0;
                for (var p = 0; p < kc; p++)
                {
                    new ReadOnlySpan<double>(src + p * ldb, cols).CopyTo(new Span<double>(dst, cols));
                    if (cols < nr)
                    {
                        new Span<double>(dst + cols, nr - cols).Clear();
                    }

                    dst += nr;
                }
            }
        }
    }
}
