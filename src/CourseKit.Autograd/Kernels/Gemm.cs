namespace CourseKit.Autograd.Kernels;

/// <summary>
/// Dense double-precision matrix multiply on row-major spans: the one kernel behind MatMul and its backward.
/// Span-in/span-out, knows nothing of tensors or graphs.
/// </summary>
internal static class Gemm
{
    /// <summary>
    /// C (m×n) = op(A) · op(B), or C += op(A) · op(B) when <paramref name="accumulate"/>. op(A) is m×k: A stored
    /// m×k, or A stored k×m and transposed when <paramref name="transA"/>; likewise op(B) is k×n.
    /// </summary>
    public static void Multiply(
        int m, int n, int k,
        ReadOnlySpan<double> a, bool transA,
        ReadOnlySpan<double> b, bool transB,
        Span<double> c, bool accumulate)
    {
        // Placeholder-free reference loop; the blocked, vectorised, parallel kernel replaces this body.
        if (!accumulate)
        {
            c[..(m * n)].Clear();
        }

        for (var i = 0; i < m; i++)
        {
            for (var p = 0; p < k; p++)
            {
                var aip = transA ? a[p * m + i] : a[i * k + p];
                if (aip == 0)
                {
                    continue;
                }

                for (var j = 0; j < n; j++)
                {
                    c[i * n + j] += aip * (transB ? b[j * k + p] : b[p * n + j]);
                }
            }
        }
    }
}
