using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace CourseKit.Autograd.Kernels;

/// <summary>
/// The 4×12 register tile of <see cref="Gemm"/> where 512-bit vectors are not accelerated: twelve Vector256
/// accumulators plus three B loads and one broadcast fit the sixteen ymm registers of AVX2.
/// </summary>
internal static unsafe class GemmMicroKernel256
{
    /// <summary>Rows of C per tile (broadcast from the packed A panel).</summary>
    public const int Rows = 4;

    /// <summary>Columns of C per tile (three Vector256 of the packed B panel).</summary>
    public const int Columns = 12;

    /// <summary>
    /// C[0..4, 0..12] (row stride <paramref name="ldc"/>) = or += Σₚ A[p]ᵀ B[p] over <paramref name="kc"/> steps of
    /// a packed A panel (4 per step) and a packed B panel (12 per step).
    /// </summary>
    // Fully optimised from the first call: it is the hot loop even of a one-off product.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    [SkipLocalsInit]
    public static void Run(int kc, double* a, double* b, double* c, nint ldc, bool overwrite)
    {
        Vector256<double> c00 = default, c01 = default, c02 = default;
        Vector256<double> c10 = default, c11 = default, c12 = default;
        Vector256<double> c20 = default, c21 = default, c22 = default;
        Vector256<double> c30 = default, c31 = default, c32 = default;

        for (var p = 0; p < kc; p++)
        {
            var b0 = Vector256.Load(b);
            var b1 = Vector256.Load(b + 4);
            var b2 = Vector256.Load(b + 8);

            var ar = Vector256.Create(a[0]);
            c00 = Vector256.FusedMultiplyAdd(ar, b0, c00);
            c01 = Vector256.FusedMultiplyAdd(ar, b1, c01);
            c02 = Vector256.FusedMultiplyAdd(ar, b2, c02);
            ar = Vector256.Create(a[1]);
            c10 = Vector256.FusedMultiplyAdd(ar, b0, c10);
            c11 = Vector256.FusedMultiplyAdd(ar, b1, c11);
            c12 = Vector256.FusedMultiplyAdd(ar, b2, c12);
            ar = Vector256.Create(a[2]);
            c20 = Vector256.FusedMultiplyAdd(ar, b0, c20);
            c21 = Vector256.FusedMultiplyAdd(ar, b1, c21);
            c22 = Vector256.FusedMultiplyAdd(ar, b2, c22);
            ar = Vector256.Create(a[3]);
            c30 = Vector256.FusedMultiplyAdd(ar, b0, c30);
            c31 = Vector256.FusedMultiplyAdd(ar, b1, c31);
            c32 = Vector256.FusedMultiplyAdd(ar, b2, c32);

            a += Rows;
            b += Columns;
        }

        Put(c00, c01, c02, c, overwrite);
        Put(c10, c11, c12, c + ldc, overwrite);
        Put(c20, c21, c22, c + 2 * ldc, overwrite);
        Put(c30, c31, c32, c + 3 * ldc, overwrite);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Put(Vector256<double> v0, Vector256<double> v1, Vector256<double> v2, double* row, bool overwrite)
    {
        if (!overwrite)
        {
            v0 += Vector256.Load(row);
            v1 += Vector256.Load(row + 4);
            v2 += Vector256.Load(row + 8);
        }

        v0.Store(row);
        v1.Store(row + 4);
        v2.Store(row + 8);
    }
}
