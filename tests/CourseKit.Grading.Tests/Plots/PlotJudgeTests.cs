using CourseKit.Content.Model;
using CourseKit.Grading.Judging;
using CourseKit.Grading.Reports;

namespace CourseKit.Grading.Tests.Plots;

/// <summary>The plot judge on plain data, no worker: which series is which, the tangent from the reference, the hints.</summary>
public class PlotJudgeTests
{
    // f(x) = x³ − 1/x: f(1) = 0, f′(1) = 4, a pole at 0.
    private static double F(double x) => (x * x * x) - (1 / x);

    private static readonly EntrySignature PlotEntry = new(EntryType.Plot, "Plot", [], "ScottPlot.Plot Plot()");

    private static Exercise Exercise(double points, IReadOnlyList<ExerciseCheck> checks, PlotExpectations? expectations = null, string? reference = null) => new(
        "plot-under-test", ExerciseKind.Plot, new LocalizedText(new Dictionary<string, string> { ["en"] = "t" }),
        new LocalizedText(new Dictionary<string, string> { ["en"] = "p" }), points, PlotEntry, "",
        new CheckSpec(reference is null ? null : new ReferenceSource(reference, null, 1), new Dictionary<string, InputDomain>(), 0, 1e-6, 1e-9, [], TimeSpan.FromSeconds(2), [], [], null, null,
            expectations ?? new PlotExpectations(1, 1, ["xlabel", "ylabel", "legend"])),
        new Dictionary<string, IReadOnlyList<string>>(), checks, "01-calculus", "x.yml", new GraderFolder("graders/01-calculus/plot-under-test", []));

    private static PlotSeries Series(string label, double[] xs, Func<double, double> y) => new("Scatter", label, xs, [.. xs.Select(y)]);

    private static PlotData Plot(params PlotSeries[] series) => new(series, "x", "y", "", true, (0, 3, -10, 10), "<svg/>", null);

    private static readonly double[] Xs = [.. Enumerable.Range(-20, 51).Select(i => i * 0.1)];

    private static IReadOnlyList<CheckReport> Judge(Exercise exercise, PlotData plot)
    {
        var (checks, error) = PlotJudge.ChecksOf(exercise);
        Assert.Null(error);
        return PlotJudge.Judge(exercise, checks, F, plot, "en");
    }

    [Fact]
    public void Without_a_list_the_points_are_split_two_two_one_and_always_add_up()
    {
        var (checks, _) = PlotJudge.ChecksOf(Exercise(7, [new ExerciseCheck("correct", 7, CheckVisibility.Visible, 0, [])]));

        Assert.Equal(["curve", "tangent", "labels"], checks.Select(c => c.Name));
        Assert.Equal([2.8, 2.8, 1.4], checks.Select(c => c.Points));

        var (noTangent, _) = PlotJudge.ChecksOf(Exercise(3, [], new PlotExpectations(null, null, [])));
        Assert.Equal(["curve"], noTangent.Select(c => c.Name));
        Assert.Equal(3, noTangent.Single().Points);
    }

    [Fact]
    public void Points_at_the_pole_are_ignored_and_the_tangent_comes_from_the_reference()
    {
        // The grid passes through x = 0, where both f and the learner's values are infinite or NaN.
        var reports = Judge(Exercise(10, []), Plot(Series("f", Xs, F), Series("tangent", Xs, x => 4 * (x - 1))));

        Assert.All(reports, r => Assert.True(r.Verdict == Verdict.Passed, r.Output));
        Assert.Equal(10, reports.Sum(r => r.Score));
    }

    [Fact]
    public void A_single_check_of_another_name_judges_the_whole_figure()
    {
        var exercise = Exercise(1, [new ExerciseCheck("figure", 1, CheckVisibility.Visible, 0, [])]);

        var right = Judge(exercise, Plot(Series("f", Xs, F), Series("tangent", Xs, x => 4 * (x - 1))));
        var wrong = Judge(exercise, Plot(Series("f", Xs, F), Series("tangent", Xs, x => 4 * x)) with { XLabel = "" });

        Assert.Equal(Verdict.Passed, right.Single().Verdict);
        Assert.Equal(Verdict.Wrong, wrong.Single().Verdict);
        Assert.Contains("tangent: series 2 (Scatter “tangent”) is the straight line y = 4x + 0", wrong.Single().Output, StringComparison.Ordinal);
        Assert.Contains("labels: the plot lacks an x-axis label", wrong.Single().Output, StringComparison.Ordinal);
        Assert.DoesNotContain("curve:", wrong.Single().Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_unknown_check_names_are_a_course_error()
    {
        var (_, error) = PlotJudge.ChecksOf(Exercise(2, [new("a", 1, CheckVisibility.Visible, 0, []), new("b", 1, CheckVisibility.Visible, 0, [])]));

        Assert.Contains("`a` is not one of them", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_curve_off_by_its_sign_or_a_factor_is_named()
    {
        var flipped = Judge(Exercise(10, []), Plot(Series("f", Xs, x => -F(x))))[0];
        var doubled = Judge(Exercise(10, []), Plot(Series("f", Xs, x => 2 * F(x))))[0];

        Assert.Contains("the series is −f everywhere", flipped.Output, StringComparison.Ordinal);
        Assert.Contains("the series is f times 2 everywhere", doubled.Output, StringComparison.Ordinal);
        Assert.Contains("at x = −2\n  expected f(x) = −7.5\n  got      7.5", flipped.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_that_misses_the_point_and_the_slope_is_told_both()
    {
        var tangent = Judge(Exercise(10, []), Plot(Series("f", Xs, F), Series("line", Xs, x => 3 * x + 2)))[1];

        Assert.Equal(Verdict.Wrong, tangent.Verdict);
        Assert.Contains("got      slope 3, intercept 2", tangent.Output, StringComparison.Ordinal);
        Assert.Contains("neither the slope nor the point is right", tangent.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void No_straight_line_at_all_is_said_with_the_expected_line()
    {
        var tangent = Judge(Exercise(10, []), Plot(Series("f", Xs, F)))[1];

        Assert.Contains("no series is a straight line", tangent.Output, StringComparison.Ordinal);
        Assert.Contains("slope 4, intercept −4, through (1, 0)", tangent.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_legend_that_names_only_one_of_two_series_is_not_enough()
    {
        var labels = Judge(Exercise(10, []), Plot(Series("f", Xs, F), Series("", Xs, x => 4 * (x - 1))))[2];

        Assert.Equal(Verdict.Wrong, labels.Verdict);
        Assert.Contains("a legend entry for every series", labels.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("double F(double x) => Math.Abs(x - 1);")]
    [InlineData("double F(double x) => 1 / (x - 1);")]
    public async Task A_reference_without_a_tangent_at_tangent_at_is_the_courses_error_before_anything_runs(string reference)
    {
        var report = await new ExerciseGrader(Repository.Root).GradeAsync(
            Exercise(10, [], reference: reference), new Submission("ScottPlot.Plot Plot() => new ScottPlot.Plot();"));

        Assert.Equal(Verdict.Error, report.Verdict);
        Assert.Contains("the reference has no reliable tangent at tangent_at = 1", report.Output, StringComparison.Ordinal);
    }
}
