namespace CourseKit.Autograd.Tests;

/// <summary>
/// <see cref="TensorScope"/> hands large results back for reuse when it ends. These tests pin down what it may take
/// back (results nobody else can see) and what it must never touch (kept tensors, views, spans, gradients, leaves),
/// by reusing the released memory in a later scope and checking that nothing the user holds moved.
/// </summary>
public class TensorScopeTests
{
    private const int N = 2 * TensorScope.TrackedLength;

    private static readonly double[] s_data = [.. Enumerable.Range(0, N).Select(i => 0.25 + (i % 11) * 0.1)];

    private static Tensor Leaf(bool requiresGrad = false) => Tensor.FromArray(s_data, requiresGrad);

    /// <summary>Several scopes of large results of the same size: every released array gets written over.</summary>
    private static void Churn(Tensor x)
    {
        for (var pass = 0; pass < 3; pass++)
        {
            using (Tensor.Scope())
            {
                _ = ((x * -7.0).Exp() + x * 100.0 - x.Cos()).Sum().Item();
            }
        }
    }

    private static void AssertAll(Tensor t, Func<double, double> expected)
    {
        var values = t.ToArray();
        for (var i = 0; i < values.Length; i += 101)
        {
            Assert.Equal(expected(s_data[i]), values[i], 12);
        }
    }

    [Fact]
    public void A_result_is_released_when_its_scope_ends_and_reading_it_says_to_keep_it()
    {
        var x = Leaf();
        Tensor result;
        using (Tensor.Scope())
        {
            result = x * 2.0;
            Assert.Equal(2 * s_data[5], result[5].Item());
        }

        var error = Assert.Throws<ObjectDisposedException>(() => result.ToArray());
        Assert.Contains("scope.Keep(t)", error.Message);
        Assert.Throws<ObjectDisposedException>(() => result.Sum());
        Assert.Throws<ObjectDisposedException>(() => result + x);
        Assert.Equal(N, result.Shape[0]);
        Assert.Contains("released", result.ToString());
        AssertAll(x, v => v);
    }

    [Fact]
    public void The_next_scope_reuses_the_released_arrays_and_stops_allocating_them()
    {
        var x = Leaf();
        double[] first;
        using (Tensor.Scope())
        {
            first = (x * 2.0)._data;
        }

        using (Tensor.Scope())
        {
            var again = x * 3.0;
            Assert.Same(first, again._data);
            AssertAll(again, v => 3 * v);
        }

        // Twenty passes of five 256 KiB results each: without reuse that is 25 MB.
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var pass = 0; pass < 20; pass++)
        {
            using (Tensor.Scope())
            {
                _ = (x.Sin() * x + (-x).Exp()).Sum().Item();
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 256 * 1024, $"20 scoped passes allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_kept_result_survives_every_later_scope()
    {
        var x = Leaf();
        Tensor kept;
        using (var scope = Tensor.Scope())
        {
            kept = scope.Keep(x * 2.0);
            _ = x * 5.0;
        }

        Churn(x);
        AssertAll(kept, v => 2 * v);
        Assert.False(ScratchPool.Holds(kept._data));
    }

    [Fact]
    public void Views_and_spans_of_a_result_keep_its_memory()
    {
        var x = Leaf();
        Tensor reshaped, detached, source;
        ReadOnlySpan<double> span;
        using (Tensor.Scope())
        {
            source = x * 2.0;
            reshaped = source.Reshape(2, -1);
            detached = (x * 3.0).Detach();
            span = (x * 4.0).AsSpan();
        }

        Churn(x);
        AssertAll(reshaped.Reshape(-1), v => 2 * v);
        AssertAll(source, v => 2 * v);
        AssertAll(detached, v => 3 * v);
        for (var i = 0; i < N; i += 101)
        {
            Assert.Equal(4 * s_data[i], span[i], 12);
        }
    }

    [Fact]
    public void Gradients_made_inside_a_scope_belong_to_their_leaves()
    {
        var x = Leaf(requiresGrad: true);
        using (Tensor.Scope())
        {
            (x.Sin() * x).Sum().Backward();
        }

        Churn(x);
        AssertAll(x.Grad!, v => Math.Cos(v) * v + Math.Sin(v));

        // createGraph: the gradient is itself a recorded result of tensor operations made in the scope.
        x.Grad = null;
        using (Tensor.Scope())
        {
            (x * x * x).Sum().Backward(createGraph: true);
        }

        Churn(x);
        AssertAll(x.Grad!, v => 3 * v * v);

        // Assigned by hand.
        using (Tensor.Scope())
        {
            x.Grad = x.Detach() * 6.0;
        }

        Churn(x);
        AssertAll(x.Grad!, v => 6 * v);
    }

    [Fact]
    public void Small_results_and_created_tensors_are_not_tracked()
    {
        var x = Leaf();
        Tensor small, created;
        using (Tensor.Scope())
        {
            small = Tensor.Ones(10) * 2.0;
            created = Tensor.Full([N], 7.0);
        }

        Churn(x);
        Assert.All(small.ToArray(), v => Assert.Equal(2.0, v));
        Assert.All(created.ToArray(), v => Assert.Equal(7.0, v));
    }

    [Fact]
    public void Backward_through_released_tensors_after_the_scope_fails_with_what_to_do()
    {
        var x = Leaf(requiresGrad: true);
        Tensor loss;
        using (var scope = Tensor.Scope())
        {
            // The loss is one element, never tracked; the graph behind it holds sin(x), which is released.
            loss = scope.Keep((x.Sin() * x).Sum());
        }

        var error = Assert.Throws<ObjectDisposedException>(() => loss.Backward());
        Assert.Contains("Backward", error.Message);
    }

    [Fact]
    public void Scoped_passes_compute_what_unscoped_passes_compute()
    {
        var x = Leaf(requiresGrad: true);
        var b = Tensor.FromArray([.. s_data.Select(v => 1.5 - v)], requiresGrad: true);
        Tensor Loss() => ((x.Sin() * x + (-x).Exp()) / b.Exp() - (x - b).Square().Sqrt() * x.Tanh()).Sum();

        var expectedLoss = Loss();
        expectedLoss.Backward();
        var (expectedX, expectedB) = (x.Grad!.ToArray(), b.Grad!.ToArray());

        for (var pass = 0; pass < 4; pass++)
        {
            x.ZeroGrad();
            b.ZeroGrad();
            using (Tensor.Scope())
            {
                var loss = Loss();
                loss.Backward();
                Assert.Equal(expectedLoss.Item(), loss.Item());
            }

            Assert.Equal(expectedX, x.Grad!.ToArray());
            Assert.Equal(expectedB, b.Grad!.ToArray());
        }
    }

    public static TheoryData<int> Expressions => ScratchPoolTests.Expressions;

    [Theory]
    [MemberData(nameof(Expressions))]
    public void Every_pooled_expression_gives_the_same_bits_scoped_as_unscoped(int index)
    {
        var (name, f) = ScratchPoolTests.s_expressions[index];
        var a = Tensor.FromArray([.. s_data.Select(v => v + 0.5)], requiresGrad: true);
        var b = Tensor.FromArray([.. Enumerable.Range(0, N / 64).Select(i => 0.75 + (i % 5) * 0.1)], requiresGrad: true);
        var value = f(a.Reshape(64, N / 64), b).Sum();
        value.Backward();
        var (expectedValue, expectedA, expectedB) = (value.Item(), a.Grad!.ToArray(), b.Grad!.ToArray());

        for (var pass = 0; pass < 3; pass++)
        {
            a.ZeroGrad();
            b.ZeroGrad();
            double scoped;
            using (Tensor.Scope())
            {
                var y = f(a.Reshape(64, N / 64), b).Sum();
                y.Backward();
                scoped = y.Item();
            }

            Assert.True(expectedValue.Equals(scoped), $"{name}: {scoped} scoped against {expectedValue}");
            Assert.Equal(expectedA, a.Grad!.ToArray());
            Assert.Equal(expectedB, b.Grad!.ToArray());
        }
    }

    [Fact]
    public void Nested_scopes_release_their_own_results_and_ending_the_outer_one_ends_both()
    {
        var x = Leaf();
        Tensor outerResult, innerResult;
        using (Tensor.Scope())
        {
            outerResult = x * 2.0;
            using (Tensor.Scope())
            {
                innerResult = x * 3.0;
            }

            Assert.True(innerResult.IsReleased);
            Assert.False(outerResult.IsReleased);
        }

        Assert.True(outerResult.IsReleased);

        var outer = Tensor.Scope();
        var inner = Tensor.Scope();
        var inInner = x * 4.0;
        outer.Dispose();
        Assert.True(inInner.IsReleased);
        inner.Dispose();
        outer.Dispose();

        // No ended scope is still current: a result made now is nobody's to release.
        var free = x * 5.0;
        Churn(x);
        AssertAll(free, v => 5 * v);
    }

    [Fact]
    public void A_scope_ended_on_another_thread_is_abandoned_and_stops_tracking_on_its_own()
    {
        var x = Leaf();
        var scope = Tensor.Scope();
        var before = x * 2.0;
        Exception? error = null;
        var other = new Thread(() => error = Record.Exception(scope.Dispose));
        other.Start();
        other.Join();
        Assert.IsType<InvalidOperationException>(error);
        Assert.Contains("thread", error.Message);

        // As after an await in a using block: the opening thread goes on. Nothing made before or after is released,
        // and the abandoned scope does not collect what this thread makes from now on.
        var after = x * 3.0;
        Assert.False(TensorScope.IsOpen);
        scope.Dispose();
        Churn(x);
        Assert.False(before.IsReleased);
        Assert.False(after.IsReleased);
        AssertAll(before, v => 2 * v);
        AssertAll(after, v => 3 * v);
    }

    [Fact]
    public void Keep_after_the_end_is_too_late()
    {
        var x = Leaf();
        var scope = Tensor.Scope();
        var result = x * 2.0;
        scope.Dispose();
        Assert.True(result.IsReleased);
        Assert.Contains("too late", Assert.Throws<InvalidOperationException>(() => scope.Keep(result)).Message);
    }
}
