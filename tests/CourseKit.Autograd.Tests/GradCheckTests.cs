namespace CourseKit.Autograd.Tests;

/// <summary>GradCheck itself: passes on smooth functions, reports (not throws) a disagreement, uses torch's defaults.</summary>
public class GradCheckTests
{
    [Fact]
    public void Defaults_are_torch_autograd_gradcheck_defaults()
    {
        var o = GradCheckOptions.Default;
        Assert.Equal(1e-6, o.Eps);
        Assert.Equal(1e-5, o.Atol);
        Assert.Equal(1e-3, o.Rtol);
    }

    [Fact]
    public void Passes_on_a_smooth_function_and_counts_the_entries()
    {
        var report = GradCheck.Check(x => (x[0] * x[1]).Sin(), Tensor.Randn([3], 1).RequiresGrad_(), Tensor.Randn([3], 2).RequiresGrad_());
        Assert.True(report.Passed, report.ToString());
        Assert.Equal(2 * 3 * 3, report.Checked);
        Assert.True(report.Error < 1e-6);
    }

    [Fact]
    public void Reports_a_kink_where_the_one_sided_rule_disagrees_with_the_difference_quotient()
    {
        // At 0, relu's backward uses 0 while the central difference sees the average slope 1/2.
        var report = GradCheck.Check(x => x[0].Relu(), Tensor.FromArray([1.0, 0.0, -1.0], requiresGrad: true));
        Assert.False(report.Passed);
        Assert.Equal(0, report.InputIndex);
        Assert.Equal(1, report.ElementIndex);
        Assert.Equal(1, report.OutputIndex);
        Assert.Equal(0.0, report.Analytic);
        Assert.Equal(0.5, report.Numeric, 1e-9);
        Assert.Contains("FAILED", report.ToString());
    }

    [Fact]
    public void Only_inputs_that_require_grad_are_checked()
    {
        var a = Tensor.Randn([2], 1).RequiresGrad_();
        var b = Tensor.Randn([2], 2);
        var report = GradCheck.Check(x => x[0] * x[1], a, b);
        Assert.True(report.Passed);
        Assert.Equal(4, report.Checked);
        Assert.Null(a.Grad);
    }

    [Fact]
    public void Tolerances_can_be_tightened()
    {
        var x = Tensor.FromArray([1.0, 2.0], requiresGrad: true);
        var loose = GradCheck.Check(t => t[0].Exp(), x);
        var impossible = GradCheck.Check(t => t[0].Exp(), new GradCheckOptions(Eps: 1e-2, Atol: 0, Rtol: 1e-12), x);
        Assert.True(loose.Passed);
        Assert.False(impossible.Passed);
    }
}
