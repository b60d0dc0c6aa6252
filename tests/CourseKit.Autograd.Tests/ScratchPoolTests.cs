namespace CourseKit.Autograd.Tests;

/// <summary>
/// Backward reuses large scratch arrays across passes (<see cref="ScratchPool"/>). These tests make sure a reused array
/// is never visible through a tensor the user holds, and that large graphs (whose gradients go through the pool) agree
/// with the same computation done in small pieces (which never touch it).
/// </summary>
public class ScratchPoolTests
{
    // 128 rows of 160: 20,480 elements, above ScratchPool.MinLength; one row is far below it.
    private const int Rows = 128;
    private const int Cols = 160;

    internal static readonly (string Name, Func<Tensor, Tensor, Tensor> F)[] s_expressions =
    [
        ("sin(a)·a + exp(−a) − b", (a, b) => a.Sin() * a + (-a).Exp() - b),
        ("a·b + b", (a, b) => a * b + b),
        ("(a − b)² / b", (a, b) => (a - b).Square() / b),
        ("2 / b − a / 3 + b·a", (a, b) => 2.0 / b - a / 3.0 + b * a),
        ("b^a · tanh(a)", (a, b) => b.Pow(a) * a.Tanh()),
        ("a^b + sqrt(b)", (a, b) => a.Pow(b) + b.Sqrt()),
        ("mean over columns of a·b, expanded back", (a, b) => (a * b).Mean(1, keepDim: true).Expand(a.Shape) * a),
        ("reshape of a + b, then −", (a, b) => -(a + b).Reshape(-1).Reshape(a.Shape) - a),
        ("sum over columns · 0.5", (a, b) => (a.Cos() * b).Sum(1, keepDim: true) * 0.5 + a.Relu()),
    ];

    public static TheoryData<int> Expressions => [.. Enumerable.Range(0, s_expressions.Length)];

    [Theory]
    [MemberData(nameof(Expressions))]
    public void A_large_graph_gives_the_gradients_of_its_rows_computed_separately(int index)
    {
        var (name, f) = s_expressions[index];
        var random = new Random(100 + index);
        var aData = Enumerable.Range(0, Rows * Cols).Select(_ => 0.5 + random.NextDouble()).ToArray();
        var bData = Enumerable.Range(0, Cols).Select(_ => 0.5 + random.NextDouble()).ToArray();

        // Oracle: one small graph per row; b's gradient is the sum of the rows' contributions.
        var expectedA = new double[Rows * Cols];
        var expectedB = new double[Cols];
        for (var r = 0; r < Rows; r++)
        {
            var leafRow = Tensor.FromArray(aData.AsSpan(r * Cols, Cols).ToArray(), requiresGrad: true);
            var b = Tensor.FromArray(bData, requiresGrad: true);
            f(leafRow.Reshape(1, Cols), b).Sum().Backward();
            leafRow.Grad!.AsSpan().CopyTo(expectedA.AsSpan(r * Cols, Cols));
            for (var c = 0; c < Cols; c++)
            {
                expectedB[c] += b.Grad![c].Item();
            }
        }

        // Two passes: the second one runs on arrays the first one gave back; the first one's results must not move.
        var grads = new List<(Tensor A, Tensor B, double[] ACopy, double[] BCopy)>();
        for (var pass = 0; pass < 2; pass++)
        {
            var leafA = Tensor.FromArray(aData, requiresGrad: true);
            var b = Tensor.FromArray(bData, requiresGrad: true);
            f(leafA.Reshape(Rows, Cols), b).Sum().Backward();
            grads.Add((leafA.Grad!, b.Grad!, leafA.Grad!.ToArray(), b.Grad!.ToArray()));
        }

        foreach (var (ga, gb, aCopy, bCopy) in grads)
        {
            AssertClose(expectedA, ga.ToArray(), name + ", a");
            AssertClose(expectedB, gb.ToArray(), name + ", b");
            Assert.Equal(aCopy, ga.ToArray());
            Assert.Equal(bCopy, gb.ToArray());
            Assert.False(ScratchPool.Holds(ga._data), name + ": a's Grad sits in the pool");
            Assert.False(ScratchPool.Holds(gb._data), name + ": b's Grad sits in the pool");
        }
    }

    [Fact]
    public void A_gradient_handed_down_by_add_to_a_leaf_stays_the_leafs_own()
    {
        var n = 2 * ScratchPool.MinLength;
        var a = Tensor.Ones(n).RequiresGrad_();
        var b = Tensor.Ones(n).RequiresGrad_();

        // (a + b)'s gradient buffer comes from the pool and is donated to b: b's Grad must leave the pool for good.
        ((a + b) * 3.0).Sum().Backward();
        var bGrad = b.Grad!;
        Assert.False(ScratchPool.Holds(bGrad._data));

        var c = Tensor.Ones(n).RequiresGrad_();
        ((c + c) * 5.0).Sum().Backward();
        Assert.All(bGrad.ToArray(), v => Assert.Equal(3.0, v));
        Assert.All(c.Grad!.ToArray(), v => Assert.Equal(10.0, v));
    }

    [Fact]
    public void Retained_and_captured_gradients_are_copies_or_handed_over_never_pooled()
    {
        var n = 2 * ScratchPool.MinLength;
        var x = Tensor.Full([n], 2.0).RequiresGrad_();
        var y = x * x;
        y.RetainGrad();
        (y * 4.0).Sum().Backward();
        var retained = y.Grad!;
        var captured = Differentiate.Grad(z => (z.Exp() * 2.0).Sum(), Tensor.Zeros(n));
        Assert.False(ScratchPool.Holds(retained._data));
        Assert.False(ScratchPool.Holds(captured._data));

        // More passes over pooled arrays of the same size.
        for (var i = 0; i < 3; i++)
        {
            var z = Tensor.Full([n], 1.0).RequiresGrad_();
            ((z * 7.0).Sin() * 9.0).Sum().Backward();
        }

        Assert.All(retained.ToArray(), v => Assert.Equal(4.0, v));
        Assert.All(captured.ToArray(), v => Assert.Equal(2.0, v));
        Assert.All(x.Grad!.ToArray(), v => Assert.Equal(16.0, v));
    }

    [Fact]
    public void RetainGraph_and_createGraph_work_on_large_graphs()
    {
        var n = 2 * ScratchPool.MinLength;
        var data = Enumerable.Range(0, n).Select(i => 0.25 + (i % 7) * 0.1).ToArray();
        var x = Tensor.FromArray(data, requiresGrad: true);

        var y = (x.Sin() * x).Sum();
        y.Backward(retainGraph: true);
        y.Backward();
        for (var i = 0; i < n; i += 997)
        {
            Assert.Equal(2 * (Math.Cos(data[i]) * data[i] + Math.Sin(data[i])), x.Grad![i].Item(), 12);
        }

        // d/dx Σ x³ = 3x², recorded; differentiating its sum again gives 6x.
        x.Grad = null;
        var cube = (x * x * x).Sum();
        cube.Backward(createGraph: true);
        var first = x.Grad!;
        x.Grad = null;
        first.Sum().Backward();
        for (var i = 0; i < n; i += 997)
        {
            Assert.Equal(3 * data[i] * data[i], first[i].Item(), 12);
            Assert.Equal(6 * data[i], x.Grad![i].Item(), 12);
        }
    }

    [Fact]
    public void Detach_of_a_large_result_shares_its_data_and_version_while_backward_reuses_scratch()
    {
        var n = 2 * ScratchPool.MinLength;
        var x = Tensor.Full([n], 3.0).RequiresGrad_();
        var y = x * x;
        var u = y.Detach();
        (u * x).Sum().Backward();
        Assert.All(x.Grad!.ToArray(), v => Assert.Equal(9.0, v));
        Assert.Equal(u.ToArray(), x.Grad!.ToArray());

        // Another pass reuses scratch arrays; the detached data is forward data and must not change.
        var z = Tensor.Full([n], 1.0).RequiresGrad_();
        ((z + z) * (z + z)).Sum().Backward();
        Assert.All(u.ToArray(), v => Assert.Equal(9.0, v));

        // u shares y's version counter: changing u in place is seen by the node that saved y.
        var w = y * x;
        using (Tensor.NoGrad())
        {
            u.Fill_(0.0);
        }

        Assert.All(y.ToArray(), v => Assert.Equal(0.0, v));
        Assert.Throws<InvalidOperationException>(() => w.Sum().Backward());
    }

    [Fact]
    public void A_second_backward_of_the_same_shape_allocates_almost_nothing()
    {
        var n = 1 << 17;
        var x = Tensor.Full([n], 0.5).RequiresGrad_();
        void Pass(out long backwardBytes)
        {
            var y = (x.Sin() * x + (-x).Exp()).Sum();
            var before = GC.GetAllocatedBytesForCurrentThread();
            y.Backward();
            backwardBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Pass(out _);
        Pass(out var bytes);

        // Without reuse this backward allocates three n-element gradients (3 MiB); with it, only small objects.
        Assert.True(bytes < n * sizeof(double) / 4, $"backward allocated {bytes} bytes");
    }

    [Fact]
    public void The_pool_hands_out_exact_lengths_keeps_only_large_arrays_and_refuses_a_double_return()
    {
        ScratchPool.Clear();
        var small = ScratchPool.Rent(ScratchPool.MinLength - 1);
        ScratchPool.Return(small);
        Assert.Equal(0, ScratchPool.Count);

        var large = ScratchPool.Rent(ScratchPool.MinLength);
        ScratchPool.Return(large);
        Assert.True(ScratchPool.Holds(large));
        Assert.Throws<InvalidOperationException>(() => ScratchPool.Return(large));
        Assert.NotSame(large, ScratchPool.Rent(ScratchPool.MinLength + 1));
        Assert.Same(large, ScratchPool.Rent(ScratchPool.MinLength));
        Assert.False(ScratchPool.Holds(large));
    }

    [Fact]
    public void The_pool_is_bounded()
    {
        ScratchPool.Clear();
        var arrays = Enumerable.Range(0, 40).Select(_ => ScratchPool.Rent(1 << 20)).ToList();
        foreach (var array in arrays)
        {
            ScratchPool.Return(array);
        }

        // 8 MiB each; at most 64 MiB kept.
        Assert.InRange(ScratchPool.Count, 1, 8);
        ScratchPool.Clear();
    }

    private static void AssertClose(double[] expected, double[] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            var tolerance = 1e-9 * (1 + Math.Abs(expected[i]));
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"{what}[{i}]: expected {expected[i]}, got {actual[i]}");
        }
    }
}
