namespace CourseKit.Autograd.Tests;

/// <summary>The autograd machinery: leaves, retained grads, graph freeing, NoGrad, in-place rules, deep graphs.</summary>
public class EngineTests
{
    [Fact]
    public void A_chain_of_a_million_operations_backpropagates_without_stack_overflow()
    {
        var x = Tensor.Scalar(1.0, requiresGrad: true);
        var y = x;
        for (var i = 0; i < 1_000_000; i++)
        {
            y = y * 1.000001;
        }

        y.Backward();
        Assert.Equal(Math.Pow(1.000001, 1_000_000), x.Grad!.Item(), 1e-6);
    }

    [Fact]
    public void A_deep_graph_with_shared_subexpressions_is_visited_once_per_node()
    {
        // y_{k+1} = y_k + y_k doubles the gradient each step: 2^40 only if every node is processed exactly once.
        var x = Tensor.Scalar(1.0, requiresGrad: true);
        var y = x;
        for (var i = 0; i < 40; i++)
        {
            y = y + y;
        }

        y.Backward();
        Assert.Equal(Math.Pow(2, 40), x.Grad!.Item());
    }

    [Fact]
    public void Leaves_and_non_leaves()
    {
        var x = Tensor.FromArray([1.0, 2.0], requiresGrad: true);
        var c = Tensor.FromArray([3.0, 4.0]);
        var y = x * c;
        Assert.True(x.IsLeaf);
        Assert.True(c.IsLeaf);
        Assert.False(y.IsLeaf);
        Assert.Equal("MulBackward0", y.GradFn);
        Assert.Null(x.GradFn);
        Assert.False((c * c).RequiresGrad);

        y.Sum().Backward();
        Assert.Null(y.Grad);
        Assert.Null(c.Grad);
        Assert.Equal(new[] { 3.0, 4.0 }, x.Grad!.ToArray());
    }

    [Fact]
    public void RetainGrad_keeps_a_non_leaf_gradient()
    {
        var x = Tensor.FromArray([1.0, 2.0], requiresGrad: true);
        var y = x * x;
        y.RetainGrad();
        (3 * y).Sum().Backward();
        Assert.Equal(new[] { 3.0, 3.0 }, y.Grad!.ToArray());
        Assert.Equal(new[] { 6.0, 12.0 }, x.Grad!.ToArray());
    }

    [Fact]
    public void RequiresGrad_can_only_be_switched_off_on_leaves()
    {
        var x = Tensor.Ones(2).RequiresGrad_();
        var y = x * 2;
        var error = Assert.Throws<InvalidOperationException>(() => y.RequiresGrad_(false));
        Assert.Contains("Detach", error.Message);
        Assert.False(x.RequiresGrad_(false).RequiresGrad);
    }

    [Fact]
    public void NoGrad_records_nothing_and_restores_the_mode()
    {
        var x = Tensor.Ones(3).RequiresGrad_();
        Tensor y;
        using (Tensor.NoGrad())
        {
            Assert.False(Tensor.IsGradEnabled);
            y = x * 2;
            using (Tensor.EnableGrad())
            {
                Assert.True((x * 2).RequiresGrad);
            }

            Assert.False(Tensor.IsGradEnabled);
        }

        Assert.True(Tensor.IsGradEnabled);
        Assert.False(y.RequiresGrad);
        Assert.Null(y.GradFn);
        Assert.True((x * 2).RequiresGrad);
    }

    [Fact]
    public void NoGrad_is_per_thread()
    {
        using var scope = Tensor.NoGrad();
        var other = false;
        var thread = new Thread(() => other = (Tensor.Ones(1).RequiresGrad_() * 2).RequiresGrad);
        thread.Start();
        thread.Join();
        Assert.True(other);
        Assert.False((Tensor.Ones(1).RequiresGrad_() * 2).RequiresGrad);
    }

    [Fact]
    public void Backward_on_a_tensor_without_history_explains_what_to_do()
    {
        var error = Assert.Throws<InvalidOperationException>(() => (Tensor.Ones(2) * 2).Sum().Backward());
        Assert.Contains("does not require grad", error.Message);
        Assert.Contains("requiresGrad: true", error.Message);
    }

    [Fact]
    public void In_place_change_of_a_leaf_that_requires_grad_throws()
    {
        var w = Tensor.Ones(3).RequiresGrad_();
        var error = Assert.Throws<InvalidOperationException>(() => w.Add_(Tensor.Ones(3)));
        Assert.Contains("a leaf Variable that requires grad is being used in an in-place operation", error.Message);
        Assert.Contains("NoGrad", error.Message);
        Assert.Throws<InvalidOperationException>(() => w[0] = Tensor.Scalar(5));
        Assert.Throws<InvalidOperationException>(() => (w * 2).Fill_(0));
        Assert.Equal(new[] { 1.0, 1, 1 }, w.ToArray());
    }

    [Fact]
    public void In_place_updates_inside_NoGrad_are_the_SGD_step()
    {
        var w = Tensor.FromArray([1.0, -2.0], requiresGrad: true);
        for (var step = 0; step < 3; step++)
        {
            w.Square().Sum().Backward();
            using (Tensor.NoGrad())
            {
                w.Sub_(0.25 * w.Grad!);
            }

            w.ZeroGrad();
        }

        // Each step multiplies w by 1 − 0.25·2 = 0.5.
        Assert.Equal(new[] { 0.125, -0.25 }, w.ToArray());
        Assert.True(w.IsLeaf);
        Assert.True(w.RequiresGrad);
    }

    [Fact]
    public void Shape_mismatch_errors_name_both_shapes()
    {
        var a = Tensor.Ones(2, 3);
        var b = Tensor.Ones(2, 4);
        var error = Assert.Throws<ArgumentException>(() => a + b);
        Assert.Contains("[2, 3]", error.Message);
        Assert.Contains("[2, 4]", error.Message);
        Assert.Contains("must match the size of tensor b (4) at non-singleton dimension 1", error.Message);

        var mm = Assert.Throws<ArgumentException>(() => a.MatMul(b));
        Assert.Contains("mat1 and mat2 shapes cannot be multiplied (2x3 and 2x4)", mm.Message);
        Assert.Contains("[2, 3]", mm.Message);
        Assert.Contains("[2, 4]", mm.Message);

        var batch = Assert.Throws<ArgumentException>(() => Tensor.Ones(2, 2, 3).MatMul(Tensor.Ones(3, 3, 4)));
        Assert.Contains("[2, 2, 3]", batch.Message);
        Assert.Contains("[3, 3, 4]", batch.Message);

        var dot = Assert.Throws<ArgumentException>(() => Tensor.Ones(3).Dot(Tensor.Ones(4)));
        Assert.Contains("[3]", dot.Message);
        Assert.Contains("[4]", dot.Message);

        var reshape = Assert.Throws<ArgumentException>(() => a.Reshape(4, 2));
        Assert.Contains("[4, 2]", reshape.Message);
        Assert.Contains("[2, 3]", reshape.Message);

        var cat = Assert.Throws<ArgumentException>(() => Tensor.Concat([a, Tensor.Ones(3, 3)], 1));
        Assert.Contains("[2, 3]", cat.Message);
        Assert.Contains("[3, 3]", cat.Message);

        var grad = Assert.Throws<ArgumentException>(() => (a * Tensor.Ones(1).RequiresGrad_()).Backward(Tensor.Ones(3)));
        Assert.Contains("[3]", grad.Message);
        Assert.Contains("[2, 3]", grad.Message);
    }

    [Fact]
    public void Grad_can_be_reset_to_null_and_must_match_the_shape()
    {
        var x = Tensor.Ones(2).RequiresGrad_();
        x.Sum().Backward();
        x.Grad = null;
        Assert.Null(x.Grad);
        Assert.Throws<ArgumentException>(() => x.Grad = Tensor.Ones(3));
    }

    [Fact]
    public void Gradients_flow_only_along_paths_that_require_grad()
    {
        var x = Tensor.FromArray([1.0, 2.0], requiresGrad: true);
        var c = Tensor.FromArray([5.0, 7.0]);
        var y = (x * c + c.Exp()).Sum();
        y.Backward();
        Assert.Equal(new[] { 5.0, 7.0 }, x.Grad!.ToArray());
        Assert.Null(c.Grad);
    }

    [Fact]
    public void Backward_with_createGraph_does_not_corrupt_earlier_gradients()
    {
        var x = Tensor.FromArray([1.0, 2.0], requiresGrad: true);
        var y = x * 3;
        var z = y.Sum();
        z.Backward(createGraph: true);
        var first = x.Grad!;
        z.Backward();
        Assert.Equal(new[] { 3.0, 3.0 }, first.ToArray());
        Assert.Equal(new[] { 6.0, 6.0 }, x.Grad!.ToArray());
    }

    [Fact]
    public void Gradient_buffers_handed_down_by_add_and_reshape_stay_independent()
    {
        var x = Tensor.FromArray([1.0, 2, 3], requiresGrad: true);
        var b = Tensor.FromArray([4.0, 5, 6], requiresGrad: true);
        var y = (x * 2 + b).Reshape(3, 1);
        y.RetainGrad();
        var s = y + y;
        (s - 1).Sum().Backward();
        Assert.Equal(new[] { 4.0, 4, 4 }, x.Grad!.ToArray());
        Assert.Equal(new[] { 2.0, 2, 2 }, b.Grad!.ToArray());
        Assert.Equal(new[] { 2.0, 2, 2 }, y.Grad!.ToArray());

        // A second graph accumulates into the leaves without touching the retained gradient.
        (x + b).Sum().Backward();
        Assert.Equal(new[] { 5.0, 5, 5 }, x.Grad.ToArray());
        Assert.Equal(new[] { 3.0, 3, 3 }, b.Grad.ToArray());
        Assert.Equal(new[] { 2.0, 2, 2 }, y.Grad.ToArray());
    }

    [Fact]
    public void The_engine_recovers_after_a_freed_graph_error()
    {
        var x = Tensor.FromArray([1.0, 2.0], requiresGrad: true);
        var h = x.Exp();
        var first = h.Sin().Sum();
        first.Backward();
        Assert.Throws<InvalidOperationException>(() => h.Cos().Sum().Backward());

        var fresh = Tensor.FromArray([1.0, 2.0], requiresGrad: true);
        fresh.Exp().Sum().Backward();
        Verify.Close(fresh.Exp(), fresh.Grad!);
    }

    [Fact]
    public void Operations_without_saved_values_can_be_backpropagated_twice_as_in_PyTorch()
    {
        var x = Tensor.FromArray([1.0, 2.0], requiresGrad: true);
        var y = (x + 1).Sum();
        y.Backward();
        y.Backward();
        Assert.Equal(new[] { 2.0, 2.0 }, x.Grad!.ToArray());
    }

    [Fact]
    public void A_graph_continued_on_a_fresh_thread_still_runs_every_node_after_its_consumers()
    {
        // Backward runs the latest-recorded node first. Here h's nodes are recorded on this thread, after many others;
        // y's nodes on a new thread that has recorded nothing yet: they must still count as later than h's.
        var x = Tensor.Scalar(2.0, requiresGrad: true);
        var h = x;
        for (var i = 0; i < 1000; i++)
        {
            h = h * 1.0;
        }

        h = h * 3.0;
        Tensor? y = null;
        var thread = new Thread(() => y = h * x + x * h);
        thread.Start();
        thread.Join();

        // y = 6x², so dy/dx = 12x.
        y!.Backward();
        Assert.Equal(24.0, x.Grad!.Item(), 12);
    }

    [Fact]
    public void A_network_of_scalar_neurons_gets_the_finite_difference_gradient_of_every_weight()
    {
        // micrograd's shape: each neuron sums b + w·x one term at a time, and every hidden value feeds every neuron
        // of the next layer, so running totals wait while their terms run and shared inputs wait for all consumers.
        const int inputs = 2, hidden = 3;
        var weightCount = hidden * (inputs + 1) + hidden * (hidden + 1) + hidden + 1;
        var samples = new[] { (0.5, -1.0, 1.0), (-0.3, 0.8, -1.0), (0.9, 0.2, 1.0) };

        Tensor Loss(Tensor weights)
        {
            var w = Enumerable.Range(0, weightCount).Select(i => weights[i]).ToArray();
            var next = 0;
            Tensor[] Layer(Tensor[] x, int size, bool tanh)
            {
                var output = new Tensor[size];
                for (var n = 0; n < size; n++)
                {
                    var act = w[next++];
                    foreach (var xi in x)
                    {
                        act += w[next++] * xi;
                    }

                    output[n] = tanh ? act.Tanh() : act;
                }

                return output;
            }

            var loss = Tensor.Scalar(0);
            foreach (var (a, b, target) in samples)
            {
                next = 0;
                var h1 = Layer([Tensor.Scalar(a), Tensor.Scalar(b)], hidden, tanh: true);
                var h2 = Layer(h1, hidden, tanh: true);
                var d = Layer(h2, 1, tanh: false)[0] - target;
                loss += d * d;
            }

            return loss;
        }

        var start = Tensor.Randn([weightCount], seed: 7);
        Verify.Passes(GradCheck.Check(xs => Loss(xs[0]), start.RequiresGrad_()));
    }

    [Fact]
    public void Tensors_used_by_early_and_late_operations_get_every_contribution_before_their_own_node_runs()
    {
        // Each step reads the previous y, a value from three steps back and x: consumers at many distances.
        static T Run<T>(T x, Func<T, T> sin, Func<T, T, T> mul, Func<T, T, T> add)
        {
            var history = new List<T> { x, x, x };
            for (var i = 0; i < 30; i++)
            {
                var y = history[^1];
                history.Add(add(mul(sin(y), history[^3]), mul(y, x)));
            }

            return history[^1];
        }

        var leaf = Tensor.Scalar(0.3, requiresGrad: true);
        Run(leaf, t => t.Sin(), (a, b) => a * b, (a, b) => a + b).Backward();
        var numeric = FiniteDifference.Richardson(v => Run(v, Math.Sin, (a, b) => a * b, (a, b) => a + b), 0.3);
        Assert.Equal(numeric.Value, leaf.Grad!.Item(), 1e-7 * (1 + Math.Abs(numeric.Value)));
    }

    [Fact]
    public void Backward_on_a_leaf_gives_it_the_seed()
    {
        var x = Tensor.Scalar(3.0, requiresGrad: true);
        x.Backward();
        Assert.Equal(1.0, x.Grad!.Item());
    }

    [Fact]
    public void Changing_a_saved_value_in_place_makes_backward_throw()
    {
        var x = Tensor.FromArray([1.0, 2.0], requiresGrad: true);
        var c = Tensor.FromArray([3.0, 4.0]);
        var y = (x * c).Sum();
        c.Fill_(0);
        var error = Assert.Throws<InvalidOperationException>(() => y.Backward());
        Assert.Contains("modified by an inplace operation", error.Message);
        Assert.Contains("MulBackward0", error.Message);
    }

    [Fact]
    public void Changing_a_saved_value_through_a_view_or_under_NoGrad_is_detected_too()
    {
        var x = Tensor.FromArray([1.0, 2.0], requiresGrad: true);
        var e = x.Exp();
        var y = e.Sum();
        using (Tensor.NoGrad())
        {
            e.Detach().Reshape(2, 1).Mul_(2);
        }

        Assert.Throws<InvalidOperationException>(() => y.Backward());
    }

    [Fact]
    public void Changes_to_values_backward_does_not_need_are_allowed()
    {
        var x = Tensor.FromArray([1.0, 2.0], requiresGrad: true);
        var y = x + 1; // AddBackward saves nothing
        using (Tensor.NoGrad())
        {
            y.Mul_(5);
        }

        y.Sum().Backward();
        Assert.Equal(new[] { 1.0, 1.0 }, x.Grad!.ToArray());

        // A failed in-place attempt changes nothing, so it does not poison graphs recorded earlier.
        var z = (x * x).Sum();
        Assert.Throws<InvalidOperationException>(() => x.Fill_(0));
        x.ZeroGrad();
        z.Backward();
        Assert.Equal(new[] { 2.0, 4.0 }, x.Grad.ToArray());
    }
}
