using CourseKit.Autograd.Kernels;

namespace CourseKit.Autograd.Tests.Kernels;

public class GemmTests
{
    // Square, odd, skinny and non-square shapes; the larger ones cross the packing blocks (k > 256 depth,
    // n > 192 columns, m > 1024 rows), the parallel threshold, and both the row and the column split.
    public static TheoryData<int, int, int> Shapes => new()
    {
        { 1, 1, 1 },
        { 3, 3, 3 },
        { 17, 17, 17 },
        { 65, 65, 65 },
        { 130, 130, 130 },
        { 1, 130, 17 },
        { 130, 1, 65 },
        { 17, 65, 3 },
        { 65, 17, 130 },
        { 3, 130, 65 },
        { 33, 25, 9 },
        { 130, 65, 300 },
        { 65, 301, 70 },
        { 200, 400, 260 },
        { 1030, 9, 8 },
        { 2, 3, 300 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_transpose_and_accumulate_combination_matches_the_triple_loop(int m, int n, int k)
    {
        var random = new Random(HashCode.Combine(m, n, k));
        var a = RandomArray(random, m * k);
        var b = RandomArray(random, k * n);
        var c0 = RandomArray(random, m * n);
        foreach (var transA in new[] { false, true })
        {
            foreach (var transB in new[] { false, true })
            {
                foreach (var accumulate in new[] { false, true })
                {
                    var expected = Naive(m, n, k, a, transA, b, transB, c0, accumulate);
                    foreach (var useVector512 in new[] { true, false })
                    {
                        foreach (var threads in new[] { 1, 2 })
                        {
                            var c = (double[])c0.Clone();
                            Gemm.Multiply(m, n, k, a, transA, b, transB, c, accumulate, useVector512, threads);
                            AssertClose(expected, c, k, $"transA={transA} transB={transB} accumulate={accumulate} " +
                                $"vector512={useVector512} threads={threads}");
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void The_public_entry_point_uses_the_machines_kernel_and_matches_the_triple_loop()
    {
        var random = new Random(7);
        const int m = 97, n = 101, k = 103;
        var a = RandomArray(random, k * m);
        var b = RandomArray(random, n * k);
        var c = new double[m * n];
        Gemm.Multiply(m, n, k, a, transA: true, b, transB: true, c, accumulate: false);
        AssertClose(Naive(m, n, k, a, true, b, true, c, false), c, k, "public overload");
    }

    [Fact]
    public void An_empty_inner_dimension_gives_zeros_or_leaves_C_when_accumulating()
    {
        var c = new[] { 1.0, 2.0, 3.0, 4.0 };
        Gemm.Multiply(2, 2, 0, [], false, [], false, c, accumulate: true);
        Assert.Equal([1.0, 2.0, 3.0, 4.0], c);
        Gemm.Multiply(2, 2, 0, [], false, [], false, c, accumulate: false);
        Assert.Equal([0.0, 0.0, 0.0, 0.0], c);
    }

    [Fact]
    public void Only_the_first_m_times_n_elements_of_C_are_written()
    {
        var random = new Random(3);
        const int m = 40, n = 50, k = 30;
        var a = RandomArray(random, m * k);
        var b = RandomArray(random, k * n);
        var c = new double[m * n + 5];
        c.AsSpan(m * n).Fill(42);
        Gemm.Multiply(m, n, k, a, false, b, false, c, accumulate: false);
        Assert.All(c[(m * n)..], x => Assert.Equal(42, x));
    }

    [Theory]
    [InlineData(3, 5, 7)]
    [InlineData(64, 64, 64)]
    [InlineData(100, 90, 300)]
    public void A_repeated_single_threaded_multiply_allocates_nothing(int m, int n, int k)
    {
        var random = new Random(5);
        var a = RandomArray(random, m * k);
        var b = RandomArray(random, k * n);
        var c = new double[m * n];
        foreach (var useVector512 in new[] { true, false })
        {
            // The first call sizes this thread's packing buffers; later calls of the same size reuse them. The
            // runtime itself occasionally allocates on a thread (tiering), so the quietest of three windows counts.
            Gemm.Multiply(m, n, k, a, true, b, false, c, false, useVector512, maxDegreeOfParallelism: 1);
            var fewest = long.MaxValue;
            for (var window = 0; window < 3; window++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                for (var call = 0; call < 10; call++)
                {
                    Gemm.Multiply(m, n, k, a, true, b, false, c, false, useVector512, maxDegreeOfParallelism: 1);
                }

                fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
            }

            Assert.Equal(0, fewest);
        }
    }

    [Fact]
    public void Spans_too_short_for_the_dimensions_are_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(
            () => Gemm.Multiply(2, 2, 2, new double[4], false, new double[3], false, new double[4], false));
        Assert.Contains("B with 4", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(
            () => Gemm.Multiply(-1, 2, 2, new double[4], false, new double[4], false, new double[4], false));
    }

    private static double[] RandomArray(Random random, int length)
    {
        var values = new double[length];
        for (var i = 0; i < length; i++)
        {
            values[i] = 2 * random.NextDouble() - 1;
        }

        return values;
    }

    private static double[] Naive(
        int m, int n, int k, double[] a, bool transA, double[] b, bool transB, double[] c0, bool accumulate)
    {
        var c = new double[m * n];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var sum = accumulate ? c0[i * n + j] : 0.0;
                for (var p = 0; p < k; p++)
                {
                    var aip = transA ? a[p * m + i] : a[i * k + p];
                    var bpj = transB ? b[j * k + p] : b[p * n + j];
                    sum += aip * bpj;
                }

                c[i * n + j] = sum;
            }
        }

        return c;
    }

    private static void AssertClose(double[] expected, double[] actual, int k, string because)
    {
        // Entries are sums of k products of numbers in [-1, 1]; reordering them moves the result by a few ulps of k.
        var tolerance = 1e-14 * (k + 1);
        for (var i = 0; i < expected.Length; i++)
        {
            if (Math.Abs(expected[i] - actual[i]) > tolerance)
            {
                Assert.Fail($"{because}: element {i} is {actual[i]}, expected {expected[i]} (tolerance {tolerance}).");
            }
        }
    }
}
