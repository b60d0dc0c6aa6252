using CourseKit.Content.Loading;
using CourseKit.Content.Model;
using CourseKit.Grading.Judging;
using CourseKit.Grading.Reports;
using CourseKit.Grading.Running;

namespace CourseKit.Grading.Tests.Plots;

/// <summary>The bundled course's tangent-plot exercise, graded end to end through the jailed worker.</summary>
[Collection(OneWorkerAtATime.Name)]
public class TangentPlotTests
{
    private static readonly Lazy<Course> Course = new(() => CourseLoader.Load(Repository.Root).Course);

    private static Exercise TangentPlot => Course.Value.FindExercise("tangent-plot")!;

    private static async Task<GradeReport> GradeSample(string file) =>
        await Grade(await File.ReadAllTextAsync(Path.Combine(Repository.Root, "graders", "01-calculus", "tangent-plot", file)));

    private static Task<GradeReport> Grade(string source) =>
        new ExerciseGrader(Repository.Root).GradeAsync(TangentPlot, new Submission(source));

    public static TheoryData<string, string> Samples()
    {
        var data = new TheoryData<string, string>();
        foreach (var sample in CourseLoader.Load(Repository.Root).Course.FindExercise("tangent-plot")!.Grader.Samples)
        {
            data.Add(Path.GetFileName(sample.Path), sample.Verdict.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Every_sample_gets_the_verdict_its_name_promises(string file, string promised)
    {
        var report = await GradeSample(file);

        var expected = promised == nameof(SampleVerdict.Passed) ? Verdict.Passed : Enum.Parse<Verdict>(promised);
        Assert.True(expected == report.Verdict, $"{file}: expected {expected}, got {report.Verdict}\n{Describe(report)}");
        Assert.Equal(expected == Verdict.Passed ? report.MaxScore : report.Score, report.Score);
        // A plot that ran has its picture; one the gate refused never ran.
        Assert.Equal(expected is Verdict.Passed or Verdict.Wrong, report.Figure is not null);
        Assert.Equal(WorkerRunner.SandboxAvailable, report.Warnings.Count == 0);
    }

    [Fact]
    public void The_bundled_exercise_has_two_correct_and_four_wrong_samples()
    {
        var samples = TangentPlot.Grader.Samples;
        Assert.True(samples.Count(s => s.Verdict == SampleVerdict.Passed) >= 2);
        Assert.True(samples.Count(s => s.Verdict != SampleVerdict.Passed) >= 4);
    }

    [Fact]
    public async Task A_correct_plot_earns_every_check_and_its_picture()
    {
        var report = await GradeSample("correct-figures.csx");

        Assert.Equal(["curve", "tangent", "labels"], report.Checks.Select(c => c.Name));
        Assert.Equal((10.0, 10.0), (report.Score, report.MaxScore));
        Assert.StartsWith("<svg", report.Figure, StringComparison.Ordinal);
        Assert.Contains("Tangent line (x=1)", report.Figure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wrong-power-rule-factor-lost.csx", "expected slope 4, intercept −4", "got      slope 2, intercept −2", "times ½")]
    [InlineData("wrong-sign-flipped.csx", "expected slope 4, intercept −4", "got      slope −4, intercept 4", "wrong sign")]
    [InlineData("wrong-through-origin.csx", "expected slope 4, intercept −4", "got      slope 4, intercept 0", "goes through the origin")]
    public async Task A_wrong_tangent_loses_only_the_tangent_check_and_says_what_is_wrong(string file, string expected, string got, string hint)
    {
        var report = await GradeSample(file);

        Assert.Equal(6, report.Score);
        var tangent = report.Checks.Single(c => c.Name == "tangent");
        Assert.Equal(Verdict.Wrong, tangent.Verdict);
        Assert.Contains(expected, tangent.Output, StringComparison.Ordinal);
        Assert.Contains(got, tangent.Output, StringComparison.Ordinal);
        Assert.Contains(hint, tangent.Output, StringComparison.Ordinal);
        Assert.All(report.Checks.Where(c => c.Name != "tangent"), c => Assert.Equal(Verdict.Passed, c.Verdict));
    }

    [Fact]
    public async Task A_range_that_misses_the_point_of_tangency_is_named()
    {
        var report = await GradeSample("wrong-range-misses-one.csx");

        Assert.Equal(2, report.Score);
        Assert.All(report.Checks.Take(2), c => Assert.Contains("covers x from 2 to 3, which does not contain 1", c.Output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Missing_labels_and_legend_cost_the_labels_check_only()
    {
        var report = await GradeSample("wrong-no-labels.csx");

        Assert.Equal(8, report.Score);
        var labels = report.Checks.Single(c => c.Name == "labels");
        Assert.Contains("an x-axis label", labels.Output, StringComparison.Ordinal);
        Assert.Contains("a legend", labels.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_function_is_compared_point_by_point_with_f()
    {
        var report = await GradeSample("wrong-other-function.csx");

        var curve = report.Checks.Single(c => c.Name == "curve");
        Assert.Equal(Verdict.Wrong, curve.Verdict);
        Assert.Contains("no series lies on f", curve.Output, StringComparison.Ordinal);
        Assert.Contains("expected f(x) = ", curve.Output, StringComparison.Ordinal);
        Assert.Contains("neither the slope nor the point is right", report.Checks.Single(c => c.Name == "tangent").Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_starter_compiles_and_earns_nothing()
    {
        var report = await Grade(TangentPlot.Starter);

        Assert.Equal(Verdict.Wrong, report.Verdict);
        Assert.Equal(0, report.Score);
        Assert.Contains("the plot is empty", report.Checks[0].Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_function_plottable_and_a_line_plottable_are_read_too()
    {
        var report = await Grade("""
            ScottPlot.Plot Plot()
            {
                var plot = new ScottPlot.Plot();
                var f = plot.Add.Function(x => x * x * x - 1 / x);
                f.LegendText = "f";
                var tangent = plot.Add.Line(0, -4, 2, 4);
                tangent.LegendText = "tangent";
                plot.Axes.SetLimits(0.2, 2, -6, 8);
                plot.XLabel("x");
                plot.YLabel("y");
                return plot;
            }
            """);

        Assert.True(report.Verdict == Verdict.Passed, Describe(report));
    }

    internal static string Describe(GradeReport report) =>
        $"{report.Output}\n{string.Join("\n", report.Checks.Select(c => $"{c.Name}: {c.Verdict} {c.Score}/{c.MaxScore} {c.Output}"))}";
}
