namespace CourseKit.Autograd.Tests;

/// <summary>The automatic-differentiation chapter's experiments, each as the book runs it.</summary>
public class BookExperimentsTests
{
    [Fact]
    public void Y_equals_2_xT_x_has_gradient_4x()
    {
        var x = Tensor.Arange(4.0, requiresGrad: true);
        Assert.Null(x.Grad);

        var y = 2 * Tensor.Dot(x, x);
        Assert.Equal("tensor(28., grad_fn=<MulBackward0>)", y.ToString());

        y.Backward();
        Assert.Equal(new[] { 0.0, 4, 8, 12 }, x.Grad!.ToArray());
        Assert.True(x.Grad.AllClose(4 * x));
    }

    [Fact]
    public void Sum_has_gradient_of_ones()
    {
        var x = Tensor.Arange(4.0, requiresGrad: true);
        (2 * Tensor.Dot(x, x)).Backward();
        x.Grad!.Zero_();

        x.Sum().Backward();
        Assert.Equal(new[] { 1.0, 1, 1, 1 }, x.Grad.ToArray());
    }

    [Fact]
    public void Gradients_accumulate_until_ZeroGrad()
    {
        var x = Tensor.Arange(4.0, requiresGrad: true);
        (2 * Tensor.Dot(x, x)).Backward();
        x.Sum().Backward();
        Assert.Equal(new[] { 1.0, 5, 9, 13 }, x.Grad!.ToArray());

        x.ZeroGrad();
        Assert.Equal(new[] { 0.0, 0, 0, 0 }, x.Grad!.ToArray());
        x.Sum().Backward();
        Assert.Equal(new[] { 1.0, 1, 1, 1 }, x.Grad.ToArray());
    }

    [Fact]
    public void Backward_for_non_scalar_variables_needs_a_gradient()
    {
        var x = Tensor.Arange(4.0, requiresGrad: true);
        var y = x * x;

        var error = Assert.Throws<InvalidOperationException>(() => y.Backward());
        Assert.Contains("grad can be implicitly created only for scalar outputs", error.Message);
        Assert.Contains("y.Sum().Backward()", error.Message);

        y.Backward(Tensor.OnesLike(y));
        Assert.Equal(new[] { 0.0, 2, 4, 6 }, x.Grad!.ToArray());
        x.ZeroGrad();
        (x * x).Sum().Backward();
        Assert.Equal(new[] { 0.0, 2, 4, 6 }, x.Grad.ToArray());
    }

    [Fact]
    public void Detaching_computation_treats_u_as_a_constant()
    {
        var x = Tensor.Arange(4.0, requiresGrad: true);
        var y = x * x;
        var u = y.Detach();
        var z = u * x;

        z.Sum().Backward();
        Assert.Equal(u.ToArray(), x.Grad!.ToArray());
        Assert.False(u.RequiresGrad);
        Assert.True(u.IsLeaf);

        // y itself still carries its history.
        x.ZeroGrad();
        y.Sum().Backward();
        Assert.Equal((2 * x).ToArray(), x.Grad.ToArray());
    }

    [Fact]
    public void Detach_shares_data()
    {
        var x = Tensor.Arange(3.0);
        var d = x.Detach();
        d.Fill_(7);
        Assert.Equal(new[] { 7.0, 7, 7 }, x.ToArray());
    }

    private static Tensor F(Tensor a)
    {
        var b = a * 2;
        while (b.Norm().Item() < 1000)
        {
            b = b * 2;
        }

        return b.Sum().Item() > 0 ? b : 100 * b;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(42)]
    public void Control_flow_gradient_equals_d_over_a(int seed)
    {
        var a = Tensor.Randn([], seed).RequiresGrad_();
        var d = F(a);
        d.Backward();
        Assert.True(a.Grad!.AllClose(d / a), $"{a.Grad} vs {d / a}");
    }

    [Fact]
    public void Control_flow_gradient_equals_d_over_a_for_vectors()
    {
        var a = Tensor.Randn([3], 5).RequiresGrad_();
        var d = F(a);
        d.Sum().Backward();
        Assert.True(a.Grad!.AllClose(d / a));
    }

    [Fact]
    public void Second_backward_throws_and_names_retainGraph()
    {
        var x = Tensor.Arange(4.0, requiresGrad: true);
        var y = 2 * Tensor.Dot(x, x);
        y.Backward();

        var error = Assert.Throws<InvalidOperationException>(() => y.Backward());
        Assert.Contains("backward through the graph a second time", error.Message);
        Assert.Contains("retainGraph: true", error.Message);
    }

    [Fact]
    public void Second_backward_works_with_retainGraph_and_accumulates()
    {
        var x = Tensor.Arange(4.0, requiresGrad: true);
        var y = 2 * Tensor.Dot(x, x);
        y.Backward(retainGraph: true);
        y.Backward();
        Assert.Equal(new[] { 0.0, 8, 16, 24 }, x.Grad!.ToArray());
    }
}
