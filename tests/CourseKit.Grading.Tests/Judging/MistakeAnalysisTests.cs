using CourseKit.Grading.Judging;

namespace CourseKit.Grading.Tests.Judging;

public class MistakeAnalysisTests
{
    private static readonly double[][] Points = [[0.5, -1.0], [1.5, 0.25], [-2.0, 0.75], [0.1, 2.0]];

    // The truth of the gradient-quadratic-exp exercise: ∇(3x₁² + 5e^{x₂}) = (6x₁, 5e^{x₂}).
    private static double[] Truth(double[] x) => [6 * x[0], 5 * Math.Exp(x[1])];

    private static List<Sample> Samples(Func<double[], double[]> learner) =>
        Points.Select(x => new Sample($"x = [{x[0]}, {x[1]}]", Truth(x), learner(x))).ToList();

    private static Mistake Diagnose(Func<double[], double[]> learner) => MistakeAnalysis.Diagnose(Samples(learner), Tolerance.Default);

    [Fact]
    public void A_right_answer_has_no_mistake()
    {
        var mistake = Diagnose(x => [6 * x[0], 5 * Math.Exp(x[1]) * (1 + 1e-9)]);

        Assert.Equal(MistakeShape.None, mistake.Shape);
        Assert.Equal(0, mistake.Failed);
        Assert.Null(mistake.FirstFailure);
    }

    [Fact]
    public void A_flipped_sign_is_named()
    {
        var mistake = Diagnose(x => [-6 * x[0], -5 * Math.Exp(x[1])]);

        Assert.Equal(MistakeShape.SignFlipped, mistake.Shape);
        Assert.Equal(Points.Length, mistake.Failed);
        Assert.Contains("wrong sign", mistake.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void The_power_rules_lost_factor_is_a_constant_factor_of_one_half()
    {
        var mistake = Diagnose(x => [3 * x[0], 2.5 * Math.Exp(x[1])]);

        Assert.Equal(MistakeShape.ConstantFactor, mistake.Shape);
        Assert.Contains("times ½", mistake.Hint, StringComparison.Ordinal);
        Assert.Contains("power rule", mistake.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Swapped_components_are_located()
    {
        var mistake = MistakeAnalysis.Diagnose(
            [new Sample("x", [1, 2, 3], [1, 3, 2]), new Sample("y", [4, 5, 6], [4, 6, 5])],
            Tolerance.Default);

        Assert.Equal(MistakeShape.SwappedComponents, mistake.Shape);
        Assert.Contains("[1], [2]", mistake.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void One_wrong_partial_derivative_is_pointed_at()
    {
        // 5e^{x₂} + x₂ is no constant multiple of the truth, so only the component can be named.
        var mistake = Diagnose(x => [6 * x[0], (5 * Math.Exp(x[1])) + x[1]]);

        Assert.Equal(MistakeShape.SomeComponentsWrong, mistake.Shape);
        Assert.Contains("Component [1] is wrong", mistake.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_factor_lost_in_one_partial_derivative_is_named_with_the_factor()
    {
        // ∂/∂x₁ 3x₁² written as 3x₁: the power rule's 2 forgotten in one component only.
        var mistake = Diagnose(x => [3 * x[0], 5 * Math.Exp(x[1])]);

        Assert.Equal(MistakeShape.SomeComponentsScaled, mistake.Shape);
        Assert.Contains("Component [0] is the true value times ½ everywhere", mistake.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Right_only_at_special_points_says_where()
    {
        // d/dx (x·sin x) with the product rule's second term dropped: right only where x·cos x = 0.
        var xs = new[] { 0.0, 1.0, 2.0 };
        var samples = xs.Select(x => new Sample($"x = {x}", [Math.Sin(x) + x * Math.Cos(x)], [Math.Sin(x)])).ToList();

        var mistake = MistakeAnalysis.Diagnose(samples, Tolerance.Default);

        Assert.Equal(MistakeShape.RightOnlyAtSomePoints, mistake.Shape);
        Assert.StartsWith("Right at x = 0 but wrong at x = 1 and x = 2", mistake.Hint, StringComparison.Ordinal);
        Assert.Equal("x = 1", mistake.FirstFailure!.Input);
    }

    [Fact]
    public void A_surviving_constant_is_an_offset()
    {
        var mistake = MistakeAnalysis.Diagnose(
            [new Sample("x = 1", [2], [5]), new Sample("x = 2", [4], [7]), new Sample("x = 3", [6], [9])],
            Tolerance.Default);

        Assert.Equal(MistakeShape.ConstantOffset, mistake.Shape);
        Assert.Contains("off by the same amount, 3", mistake.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_length_and_not_finite_come_before_any_pattern()
    {
        var tooShort = Diagnose(x => [6 * x[0]]);
        Assert.Equal(MistakeShape.WrongLength, tooShort.Shape);
        Assert.Contains("1 value but should have 2", tooShort.Hint, StringComparison.Ordinal);

        var nan = Diagnose(x => [double.NaN, 5 * Math.Exp(x[1])]);
        Assert.Equal(MistakeShape.NotFinite, nan.Shape);
    }

    [Fact]
    public void Worst_errors_are_reported_absolute_and_relative()
    {
        var mistake = MistakeAnalysis.Diagnose([new Sample("x", [2, -4], [2.5, -4])], Tolerance.Default);

        Assert.Equal(0.5, mistake.WorstAbsoluteError, 12);
        Assert.Equal(0.25, mistake.WorstRelativeError, 12);
    }

    [Theory]
    [InlineData(double.NaN, double.NaN, true)]
    [InlineData(double.NaN, 0.0, false)]
    [InlineData(double.PositiveInfinity, double.PositiveInfinity, true)]
    [InlineData(double.PositiveInfinity, double.NegativeInfinity, false)]
    [InlineData(double.PositiveInfinity, 1e308, false)]
    [InlineData(1.0, double.NaN, false)]
    [InlineData(1.0, 1.0 + 5e-7, true)]
    [InlineData(1.0, 1.0 + 5e-6, false)]
    [InlineData(0.0, 5e-9, true)]
    [InlineData(0.0, 5e-8, false)]
    public void Tolerance_has_explicit_rules_for_non_finite_values(double expected, double got, bool close)
    {
        Assert.Equal(close, Tolerance.Default.IsClose(expected, got));
    }

    [Fact]
    public void Sample_seeds_are_stable_and_differ_per_student()
    {
        Assert.Equal(SampleSeed.For("gradient-l2-norm", "s1"), SampleSeed.For("gradient-l2-norm", "s1"));
        Assert.NotEqual(SampleSeed.For("gradient-l2-norm", "s1"), SampleSeed.For("gradient-l2-norm", "s2"));
        Assert.NotEqual(SampleSeed.For("gradient-l2-norm"), SampleSeed.For("chain-rule"));
        // Pinned so a change of algorithm, which would silently change every learner's inputs, fails here.
        Assert.Equal(SampleSeed.For("gradient-l2-norm"), SampleSeed.For("gradient-l2-norm", null));
        Assert.InRange(SampleSeed.For("tangent-plot"), 0, int.MaxValue);
    }

    [Fact]
    public void Inputs_of_different_lengths_are_explained_without_per_component_patterns()
    {
        // Vectors of random length: a component-wise pattern cannot be read across them, and must not be tried.
        var mistake = MistakeAnalysis.Diagnose(
            [new Sample("a = [1, 2]", [2, 2], [2, 0]), new Sample("a = [1, 2, 3]", [2, 2, 2], [2, 0, 2])],
            Tolerance.Default);

        Assert.Equal(MistakeShape.Other, mistake.Shape);
        Assert.Equal(2, mistake.Failed);
    }
}
