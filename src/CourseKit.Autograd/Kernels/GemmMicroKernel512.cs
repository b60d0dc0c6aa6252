using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace CourseKit.Autograd.Kernels;

/// <summary>
/// The 8×24 register tile of <see cref="Gemm"/> for AVX-512: 24 accumulators of eight doubles stay in zmm
/// registers for the whole k loop, so each step is three loads of B, eight broadcasts of A and 24 FMAs.
/// </summary>
internal static unsafe class GemmMicroKernel512
{
    /// <summary>Rows of C per tile (broadcast from the packed A panel).</summary>
    public const int Rows = 8;

    /// <summary>Columns of C per tile (three Vector512 of the packed B panel).</summary>
    public const int Columns = 24;

    /// <summary>
    /// C[0..8, 0..24] (row stride <paramref name="ldc"/>) = or += Σₚ A[p]ᵀ B[p] over <paramref name="kc"/> steps of
    /// a packed A panel (8 per step) and a packed B panel (24 per step).
    /// </summary>
    // Fully optimised from the first call: it is the hot loop even of a one-off product.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    [SkipLocalsInit]
    public static void Run(int kc, double* a, double* b, double* c, nint ldc, bool overwrite)
    {
        Vector512<double> c00 = default, c01 = default, c02 = default;
        Vector512<double> c10 = default, c11 = default, c12 = default;
        Vector512<double> c20 = default, c21 = default, c22 = default;
        Vector512<double> c30 = default, c31 = default, c32 = default;
        Vector512<double> c40 = default, c41 = default, c42 = default;
        Vector512<double> c50 = default, c51 = default, c52 = default;
        Vector512<double> c60 = default, c61 = default, c62 = default;
        Vector512<double> c70 = default, c71 = default, c72 = default;

        for (var p = 0; p < kc; p++)
        {
            var b0 = Vector512.Load(b);
            var b1 = Vector512.Load(b + 8);
            var b2 = Vector512.Load(b + 16);

            var ar = Vector512.Create(a[0]);
            c00 = Vector512.FusedMultiplyAdd(ar, b0, c00);
            c01 = Vector512.FusedMultiplyAdd(ar, b1, c01);
            c02 = Vector512.FusedMultiplyAdd(ar, b2, c02);
            ar = Vector512.Create(a[1]);
            c10 = Vector512.FusedMultiplyAdd(ar, b0, c10);
            c11 = Vector512.FusedMultiplyAdd(ar, b1, c11);
            c12 = Vector512.FusedMultiplyAdd(ar, b2, c12);
            ar = Vector512.Create(a[2]);
            c20 = Vector512.FusedMultiplyAdd(ar, b0, c20);
            c21 = Vector512.FusedMultiplyAdd(ar, b1, c21);
            c22 = Vector512.FusedMultiplyAdd(ar, b2, c22);
            ar = Vector512.Create(a[3]);
            c30 = Vector512.FusedMultiplyAdd(ar, b0, c30);
            c31 = Vector512.FusedMultiplyAdd(ar, b1, c31);
            c32 = Vector512.FusedMultiplyAdd(ar, b2, c32);
            ar = Vector512.Create(a[4]);
            c40 = Vector512.FusedMultiplyAdd(ar, b0, c40);
            c41 = Vector512.FusedMultiplyAdd(ar, b1, c41);
            c42 = Vector512.FusedMultiplyAdd(ar, b2, c42);
            ar = Vector512.Create(a[5]);
            c50 = Vector512.FusedMultiplyAdd(ar, b0, c50);
            c51 = Vector512.FusedMultiplyAdd(ar, b1, c51);
            c52 = Vector512.FusedMultiplyAdd(ar, b2, c52);
            ar = Vector512.Create(a[6]);
            c60 = Vector512.FusedMultiplyAdd(ar, b0, c60);
            c61 = Vector512.FusedMultiplyAdd(ar, b1, c61);
            c62 = Vector512.FusedMultiplyAdd(ar, b2, c62);
            ar = Vector512.Create(a[7]);
            c70 = Vector512.FusedMultiplyAdd(ar, b0, c70);
            c71 = Vector512.FusedMultiplyAdd(ar, b1, c71);
            c72 = Vector512.FusedMultiplyAdd(ar, b2, c72);

            a += Rows;
            b += Columns;
        }

        Put(c00, c01, c02, c, overwrite);
        Put(c10, c11, c12, c + ldc, overwrite);
        Put(c20, c21, c22, c + 2 * ldc, overwrite);
        Put(c30, c31, c32, c + 3 * ldc, overwrite);
        Put(c40, c41, c42, c + 4 * ldc, overwrite);
        Put(c50, c51, c52, c + 5 * ldc, overwrite);
        Put(c60, c61, c62, c + 6 * ldc, overwrite);
        Put(c70, c71, c72, c + 7 * ldc, overwrite);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Put(Vector512<double> v0, Vector512<double> v1, Vector512<double> v2, double* row, bool overwrite)
    {
        if (!overwrite)
        {
            v0 += Vector512.Load(row);
            v1 += Vector512.Load(row + 8);
            v2 += Vector512.Load(row + 16);
        }

        v0.Store(row);
        v1.Store(row + 8);
        v2.Store(row + 16);
    }
}
