using CourseKit.Content.Loading;
using CourseKit.Content.Model;
using CourseKit.Grading.Judging;
using CourseKit.Grading.Reports;

namespace CourseKit.Grading.Tests.Plots;

/// <summary>A plot exercise opens ScottPlot to learners, but nothing of it that reaches files, and a plot can still misbehave.</summary>
[Collection(OneWorkerAtATime.Name)]
public class PlotHostileTests
{
    private static readonly Lazy<Course> Course = new(() => CourseLoader.Load(Repository.ValidCourse).Course);

    private static Task<GradeReport> Grade(string source) =>
        new ExerciseGrader(Repository.ValidCourse).GradeAsync(Course.Value.FindExercise("tangent-plot")!, new Submission(source));

    private const string Body = """
        var plot = new ScottPlot.Plot();
        double[] xs = [0, 1, 2];
        plot.Add.Scatter(xs, xs.Select(x => x * x).ToArray());
        """;

    [Theory]
    [InlineData("plot.SavePng(\"/tmp/out.png\", 400, 300);", "ScottPlot.Plot.SavePng is not available")]
    [InlineData("plot.SaveSvg(\"/tmp/out.svg\", 400, 300);", "ScottPlot.Plot.SaveSvg is not available")]
    [InlineData("plot.Save(\"/tmp/out.png\", 400, 300);", "ScottPlot.Plot.Save is not available")]
    [InlineData("var image = plot.GetImage(10, 10);", "is not available")]
    [InlineData("var image = new ScottPlot.Image(\"/work/main/graders/01-calculus/tangent-plot/correct-figures.csx\");", "ScottPlot.Image is not available")]
    [InlineData("ScottPlot.Fonts.AddFontFile(\"x\", \"/etc/passwd\");", "ScottPlot.Fonts.AddFontFile is not available")]
    [InlineData("System.IO.File.WriteAllText(\"/tmp/x\", plot.GetSvgXml(10, 10));", "System.IO.File is not available")]
    [InlineData("var text = System.IO.File.ReadAllText(\"graders/01-calculus/tangent-plot/wrong-empty.csx\");", "System.IO.File is not available")]
    [InlineData("ScottPlot.Platform.LaunchFile(\"/bin/sh\");", "ScottPlot.Platform is not available")]
    [InlineData("CourseKit.Plotting.PlotFonts.EnsurePinned();", "CourseKit.Plotting.PlotFonts is not available")]
    public async Task File_capable_plot_apis_are_refused_by_the_gate(string statement, string message)
    {
        var report = await Grade($"ScottPlot.Plot Plot()\n{{\n{Body}\n{statement}\nreturn plot;\n}}");

        Assert.Equal(Verdict.ForbiddenApi, report.Verdict);
        Assert.Equal(0, report.Score);
        Assert.Contains(message, report.Checks[0].Output, StringComparison.Ordinal);
        Assert.Contains("line ", report.Checks[0].Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Null_instead_of_a_plot_is_bad_output()
    {
        var report = await Grade("ScottPlot.Plot Plot() => null!;");

        Assert.Equal(Verdict.BadOutput, report.Verdict);
        Assert.Contains("returned null instead of a plot", report.Checks[0].Output, StringComparison.Ordinal);
        Assert.Null(report.Figure);
    }

    [Fact]
    public async Task A_function_that_loops_while_the_worker_renders_it_times_out()
    {
        var report = await Grade("""
            ScottPlot.Plot Plot()
            {
                var plot = new ScottPlot.Plot();
                plot.Add.Function(x => { while (true) { } });
                return plot;
            }
            """);

        Assert.Equal(Verdict.Timeout, report.Verdict);
        Assert.Equal(0, report.Score);
    }

    [Fact]
    public async Task A_plot_that_throws_while_being_read_is_reported_as_crashed()
    {
        var report = await Grade("""
            ScottPlot.Plot Plot()
            {
                var plot = new ScottPlot.Plot();
                plot.Add.Function(x => throw new InvalidOperationException("no"));
                return plot;
            }
            """);

        Assert.Equal(Verdict.Crashed, report.Verdict);
        Assert.Contains("System.InvalidOperationException", report.Checks[0].Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_a_label_does_not_end_up_as_markup_in_the_saved_picture()
    {
        var report = await Grade("""
            ScottPlot.Plot Plot()
            {
                var plot = new ScottPlot.Plot();
                var s = plot.Add.Scatter(new[] { 0.0, 1, 2 }, new[] { 0.0, 1, 4 });
                s.LegendText = "<script>alert(1)</script>";
                plot.XLabel("<foreignObject onload=\"x()\">");
                return plot;
            }
            """);

        Assert.Equal(Verdict.Wrong, report.Verdict);
        Assert.True(report.Figure is null || (!report.Figure.Contains("<script", StringComparison.OrdinalIgnoreCase) && !report.Figure.Contains("<foreignObject", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void The_picture_check_refuses_script_handlers_and_embedded_documents()
    {
        Assert.NotNull(PlotJudge.SafeSvg("<svg width=\"1\"><text>x &lt; 1</text></svg>"));
        Assert.Null(PlotJudge.SafeSvg("<svg><script>alert(1)</script></svg>"));
        Assert.Null(PlotJudge.SafeSvg("<svg onload=\"alert(1)\"></svg>"));
        Assert.Null(PlotJudge.SafeSvg("<svg><a href=\"javascript:alert(1)\"/></svg>"));
        Assert.Null(PlotJudge.SafeSvg("<svg><foreignObject/></svg>"));
        Assert.Null(PlotJudge.SafeSvg("<html/>"));
        Assert.Null(PlotJudge.SafeSvg(null));
    }

    [Fact]
    public async Task The_valid_courses_sample_an_empty_plot_is_wrong_everywhere()
    {
        var report = await Grade("ScottPlot.Plot Plot() => new ScottPlot.Plot();");

        Assert.Equal(Verdict.Wrong, report.Verdict);
        Assert.Equal(0, report.Score);
        Assert.Equal(3, report.MaxScore);
        Assert.Equal(["curve", "tangent", "labels"], report.Checks.Select(c => c.Name));
    }
}
