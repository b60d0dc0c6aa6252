namespace CourseKit.Autograd.Tests;

/// <summary>Differentiating gradients: createGraph, Hessians, and the functional API.</summary>
public class HigherOrderTests
{
    [Fact]
    public void Second_derivative_of_sin_is_minus_sin()
    {
        var x = Tensor.Linspace(-3, 3, 13).RequiresGrad_();
        var y = x.Sin();
        y.Sum().Backward(createGraph: true);
        var dy = x.Grad!;
        Assert.True(dy.AllClose(x.Cos()));
        Assert.NotNull(dy.GradFn);

        x.Grad = null;
        dy.Sum().Backward();
        Assert.True(x.Grad!.AllClose(-x.Sin()));
    }

    [Fact]
    public void Third_derivative_of_sin_through_nested_Grad_is_minus_cos()
    {
        var x = Tensor.Linspace(-3, 3, 7);
        var d3 = Differentiate.Grad(a => Differentiate.Grad(b => Differentiate.Grad(c => c.Sin().Sum(), b).Sum(), a).Sum(), x);
        Assert.True(d3.AllClose(-x.Cos()), d3.ToString());
    }

    [Fact]
    public void Hessian_of_xT_A_x_is_A_plus_A_transposed()
    {
        var a = Tensor.Randn([4, 4], 3);
        var x = Tensor.Randn([4], 4);
        var h = Differentiate.Hessian(v => v.Dot(a.MatMul(v)), x);
        Assert.Equal(new[] { 4, 4 }, h.Shape);
        Assert.True(h.AllClose(a + a.T), $"{h}\nvs\n{a + a.T}");
    }

    [Fact]
    public void Hessian_by_createGraph_backward_matches_the_functional_one()
    {
        var a = Tensor.Randn([3, 3], 5);
        var x = Tensor.Randn([3], 6).RequiresGrad_();
        var y = x.Dot(a.MatMul(x));
        y.Backward(createGraph: true);
        var g = x.Grad!;
        var rows = new Tensor[3];
        for (var i = 0; i < 3; i++)
        {
            x.Grad = null;
            g[i].Backward(retainGraph: true);
            rows[i] = x.Grad!;
        }

        Assert.True(Tensor.Stack(rows).AllClose(a + a.T));
    }

    [Fact]
    public void Grad_and_ValueAndGrad()
    {
        var x = Tensor.FromArray([1.0, 2.0, 3.0]);
        var (value, grad) = Differentiate.ValueAndGrad(v => (v * v).Sum(), x);
        Assert.Equal(14.0, value.Item());
        Assert.Equal(new[] { 2.0, 4, 6 }, grad.ToArray());
        Assert.Null(x.Grad);
        Assert.False(grad.RequiresGrad);
        Assert.Equal(grad.ToArray(), Differentiate.Grad(v => (v * v).Sum(), x).ToArray());
    }

    [Fact]
    public void Grad_of_a_constant_function_is_zero()
    {
        var g = Differentiate.Grad(_ => Tensor.Scalar(3), Tensor.Ones(2));
        Assert.Equal(new[] { 0.0, 0.0 }, g.ToArray());
    }

    [Fact]
    public void Grad_of_a_vector_function_explains_the_alternatives()
    {
        var error = Assert.Throws<ArgumentException>(() => Differentiate.Grad(v => v * 2, Tensor.Ones(2)));
        Assert.Contains("Jacobian", error.Message);
    }

    private static Tensor Vector(Tensor x) => Tensor.Stack(
        (x[0] * x[1]).Sin(),
        x[2].Exp() + x[0].Square(),
        (x * x).Sum().Sqrt(),
        x[1] / x[2]);

    [Fact]
    public void Forward_and_reverse_Jacobians_agree_and_match_finite_differences()
    {
        var x = Tensor.FromArray([0.3, -1.2, 0.8]);
        var reverse = Differentiate.Jacobian(Vector, x);
        var forward = Differentiate.Jacobian(Vector, x, JacobianMode.Forward);
        Assert.Equal(new[] { 4, 3 }, reverse.Shape);
        Assert.True(forward.AllClose(reverse, 1e-12, 1e-12));
        Verify.Passes(GradCheck.Check(xs => Vector(xs[0]), x.Detach().RequiresGrad_()));

        // Row 1 is (2x₀, 0, e^{x₂}).
        Verify.Close(Tensor.FromArray([0.6, 0, Math.Exp(0.8)]), reverse[1]);
    }

    [Fact]
    public void Jacobian_of_a_matrix_function_has_shape_out_then_in()
    {
        var w = Tensor.Randn([2, 3], 1);
        var j = Differentiate.Jacobian(m => m.MatMul(w), Tensor.Randn([4, 2], 2));
        Assert.Equal(new[] { 4, 3, 4, 2 }, j.Shape);
        Assert.Equal(w[1, 2].Item(), j[3, 2][3, 1].Item());
        Assert.Equal(0.0, j[3, 2][2, 1].Item());
    }

    [Fact]
    public void Jvp_and_Vjp_are_J_v_and_vT_J()
    {
        var x = Tensor.FromArray([0.3, -1.2, 0.8]);
        var j = Differentiate.Jacobian(Vector, x);
        var v = Tensor.FromArray([1.0, 2.0, -1.0]);
        var (value, tangent) = Differentiate.Jvp(Vector, x, v);
        Verify.Close(Vector(x), value);
        Verify.Close(j.MatMul(v), tangent);

        var u = Tensor.FromArray([1.0, -1.0, 0.5, 2.0]);
        var (_, cotangent) = Differentiate.Vjp(Vector, x, u);
        Verify.Close(u.MatMul(j), cotangent);
    }

    [Fact]
    public void Differentiate_leaves_the_points_Grad_alone()
    {
        var x = Tensor.Ones(2).RequiresGrad_();
        Differentiate.Jacobian(v => v * 3, x);
        Differentiate.Hessian(v => v.Square().Sum(), x);
        Assert.Null(x.Grad);
    }
}
