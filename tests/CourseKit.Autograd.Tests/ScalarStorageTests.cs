namespace CourseKit.Autograd.Tests;

/// <summary>
/// One-element tensors keep their value inline and make an array only when their data is shared or handed out. These
/// tests check that the switch is invisible: views, spans, in-place changes and gradients behave as for any tensor.
/// </summary>
public class ScalarStorageTests
{
    [Fact]
    public void Detach_of_a_scalar_shares_its_value_both_ways()
    {
        var x = Tensor.Scalar(2);
        var u = x.Detach();
        u.Fill_(5);
        Assert.Equal(5, x.Item());
        x.Mul_(3);
        Assert.Equal(15, u.Item());
        Assert.Equal("tensor(15.)", u.ToString());
    }

    [Fact]
    public void Detach_of_a_computed_scalar_shares_the_value_and_the_version_counter()
    {
        var a = Tensor.Scalar(2, requiresGrad: true);
        var b = a.Exp(); // ExpBackward reads its output
        var d = b.Detach();
        Assert.Equal(Math.Exp(2), d.Item());

        d.Fill_(0);
        Assert.Equal(0, b.Item());
        var error = Assert.Throws<InvalidOperationException>(() => b.Backward());
        Assert.Contains("modified by an inplace operation", error.Message);
        Assert.Contains("ExpBackward0", error.Message);
    }

    [Fact]
    public void A_span_taken_from_a_scalar_sees_later_in_place_changes()
    {
        var x = Tensor.Scalar(1);
        var span = x.AsSpan();
        x.Add_(Tensor.Scalar(4));
        Assert.Equal(5, span[0]);
        x.Detach().Fill_(8);
        Assert.Equal(8, span[0]);
    }

    [Fact]
    public void In_place_operations_on_scalars_change_the_value_and_reshaped_views()
    {
        var x = Tensor.Scalar(3);
        var r = x.Reshape(1, 1);
        x.Mul_(2).Add_(Tensor.Scalar(1), alpha: 2).Sub_(Tensor.Scalar(0.5));
        Assert.Equal(7.5, x.Item());
        Assert.Equal(new[] { 7.5 }, r.ToArray());
        r.Copy_(Tensor.Scalar(-1));
        Assert.Equal(-1, x.Item());
        x.Zero_();
        Assert.Equal(new double[,] { { 0 } }, r.ToArray2D());
    }

    [Fact]
    public void A_detached_scalar_gradient_sees_later_accumulation_as_in_PyTorch()
    {
        var x = Tensor.Scalar(3, requiresGrad: true);
        (x * x).Backward();
        var g = x.Grad!.Detach(); // shares the gradient's storage, as x.grad.detach()
        (x * 2).Backward();
        Assert.Equal(8, x.Grad.Item());
        Assert.Equal(8, g.Item());
        x.ZeroGrad();
        Assert.Equal(0, g.Item());
    }

    [Fact]
    public void An_SGD_step_on_scalar_parameters_updates_them_through_their_views()
    {
        var w = Tensor.Scalar(1, requiresGrad: true);
        var view = w.Detach();
        for (var step = 0; step < 3; step++)
        {
            var loss = (w - 4).Square();
            loss.Backward();
            using (Tensor.NoGrad())
            {
                w.Sub_(0.25 * w.Grad!);
            }

            w.ZeroGrad();
        }

        // w ← w − 0.5·(w − 4) three times from 1: 2.5, 3.25, 3.625.
        Assert.Equal(3.625, w.Item());
        Assert.Equal(3.625, view.Item());
    }

    [Fact]
    public void Threads_that_share_a_scalar_for_the_first_time_all_share_one_value_and_version()
    {
        for (var round = 0; round < 50; round++)
        {
            var x = Tensor.Scalar(1);
            var y = Tensor.Scalar(2, requiresGrad: true) * x; // MulBackward saves x
            var views = new Tensor[8];
            Parallel.For(0, views.Length, i => views[i] = i % 2 == 0 ? x.Detach() : x.Reshape(1));
            views[round % views.Length].Fill_(round);
            Assert.All(views, v => Assert.Equal(round, v.ToArray()[0]));
            Assert.Equal(round, x.Item());
            Assert.Throws<InvalidOperationException>(() => y.Backward());
        }
    }

    [Fact]
    public void Scalar_results_of_reductions_and_products_can_be_viewed_and_changed()
    {
        var v = Tensor.FromArray([3.0, 4.0]);
        var results = new[] { v.Sum(), v.Mean(), v.Dot(v), v.Norm(), v.Max(), v.Min() };
        Assert.Equal(new[] { 7.0, 3.5, 25, 5, 4, 3 }, results.Select(t => t.Item()));
        foreach (var t in results)
        {
            var view = t.Reshape(1);
            view.Fill_(-2);
            Assert.Equal(-2, t.Item());
            Assert.Equal(new[] { -2.0 }, t.ToArray());
        }
    }

    [Fact]
    public void Gradients_of_scalar_graphs_returned_by_Grad_are_independent_of_the_pass()
    {
        var x = Tensor.Scalar(0.5, requiresGrad: true);
        var y = (x * x).Tanh() / 2;
        var first = Differentiate.Grad(t => (t * t).Tanh() / 2, x);
        var again = Differentiate.Grad(t => (t * t).Tanh() / 2, x);
        first.Detach().Fill_(0);
        var expected = (1 - Math.Pow(Math.Tanh(0.25), 2)) * 0.5;
        Assert.Equal(expected, again.Item(), 12);
        y.Backward();
        Assert.Equal(expected, x.Grad!.Item(), 12);
        Assert.Equal("DivBackward0", y.GradFn);
        Assert.Equal("MulBackward0", (x * 3).GradFn);
    }

    [Fact]
    public void RequiresGrad_can_be_switched_on_and_off_on_a_scalar_leaf()
    {
        var x = Tensor.Scalar(2);
        Assert.False((x * 2).RequiresGrad);
        x.RequiresGrad_();
        Assert.True((x * 2).RequiresGrad);
        Assert.True(x.IsLeaf);
        x.RequiresGrad_(false);
        Assert.False(x.RequiresGrad);
        Assert.False((x * 2).RequiresGrad);
        x.Fill_(3); // allowed again once it no longer requires grad
        Assert.Equal(3, x.Item());
    }
}
