using CourseKit.Grading.Running;

namespace CourseKit.Grading.Tests.Plots;

/// <summary>A returned ScottPlot Plot travels back from the jailed worker as plain data and a picture.</summary>
[Collection(OneWorkerAtATime.Name)]
public class PlotRunTests
{
    private static readonly EntryPoint PlotEntry = new("Plot", [], ValueKind.Plot);

    internal static GradingResult Run(string source) => GradingPipeline.Run(new GradingRequest
    {
        Submission = new Submission(source),
        EntryPoint = PlotEntry,
        Inputs = [[]],
    });

    [Fact]
    public void The_worker_reads_series_labels_legend_and_limits_and_renders_svg()
    {
        var result = Run("""
            ScottPlot.Plot Plot()
            {
                var plot = new ScottPlot.Plot();
                var curve = plot.Add.Scatter(new[] { 1.0, 2, 3 }, new[] { 1.0, 4, 9 });
                curve.LegendText = "x²";
                plot.Add.Function(x => 2 * x);
                plot.Add.Line(0, 0, 1, 1);
                plot.XLabel("x");
                plot.YLabel("y");
                plot.Title("squares");
                plot.ShowLegend();
                return plot;
            }
            """);

        Assert.True(result.Outcome == Outcome.Returned, PipelineTests.Describe(result));
        Assert.Equal(WorkerRunner.SandboxAvailable, result.Sandboxed);
        var plot = result.Calls[0].Value!.Plot!;
        Assert.Equal(["Scatter", "FunctionPlot", "LinePlot"], plot.Series.Select(s => s.Kind));
        Assert.Equal("x²", plot.Series[0].Label);
        Assert.Equal([1.0, 2, 3], plot.Series[0].X);
        Assert.Equal([1.0, 4, 9], plot.Series[0].Y);
        Assert.All(plot.Series[1].X.Zip(plot.Series[1].Y), p => Assert.Equal(2 * p.First, p.Second, 12));
        Assert.True(plot.Series[1].X.Count > 100);
        Assert.Equal(plot.Limits.Left, plot.Series[1].X[0], 12);
        Assert.Equal([0.0, 1], plot.Series[2].X);
        Assert.Equal(("x", "y", "squares", true), (plot.XLabel, plot.YLabel, plot.Title, plot.LegendShown));
        Assert.StartsWith("<svg", plot.Svg, StringComparison.Ordinal);
        Assert.Contains("squares", plot.Svg, StringComparison.Ordinal);
    }

    [Fact]
    public void SignalXY_points_are_read_from_each_kind_of_source()
    {
        // Add.SignalXY(double[], double[]) keeps its points private; the generic source makes them public.
        var result = Run("""
            ScottPlot.Plot Plot()
            {
                var plot = new ScottPlot.Plot();
                plot.Add.SignalXY(new[] { 1.0, 2, 3 }, new[] { 1.0, 8, 27 });
                var shifted = plot.Add.SignalXY(new[] { 0.0, 1 }, new[] { 0.0, 1 });
                shifted.Data.XOffset = 10;
                shifted.Data.YScale = 2;
                plot.Add.SignalXY(new[] { 1, 2 }, new[] { 3f, 4f });
                return plot;
            }
            """);

        Assert.True(result.Outcome == Outcome.Returned, PipelineTests.Describe(result));
        var series = result.Calls[0].Value!.Plot!.Series;
        Assert.Equal(["SignalXY", "SignalXY", "SignalXY"], series.Select(s => s.Kind));
        Assert.Equal([1.0, 2, 3], series[0].X);
        Assert.Equal([1.0, 8, 27], series[0].Y);
        Assert.Equal([10.0, 11], series[1].X);
        Assert.Equal([0.0, 2], series[1].Y);
        Assert.Equal([1.0, 2], series[2].X);
        Assert.Equal([3.0, 4], series[2].Y);
    }

    [Fact]
    public void The_course_plotting_helpers_work_inside_the_jail()
    {
        var result = Run("""
            using CourseKit.Plotting;
            ScottPlot.Plot Plot()
            {
                double[] x = [0, 1, 2];
                return Figures.Plot(x, [x.Select(v => v * v).ToArray()], "x", "f(x)", legend: ["f"]);
            }
            """);

        Assert.True(result.Outcome == Outcome.Returned, PipelineTests.Describe(result));
        var plot = result.Calls[0].Value!.Plot!;
        Assert.Equal([0.0, 1, 4], plot.Series.Single().Y);
        Assert.Equal(("x", "f(x)", true), (plot.XLabel, plot.YLabel, plot.LegendShown));
        Assert.Contains("Noto Sans", plot.Svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_jail_the_worker_finds_skia_and_the_fonts_next_to_itself()
    {
        var compiled = Compiling.ScriptCompiler.Compile(
            new Submission("ScottPlot.Plot Plot() { var p = new ScottPlot.Plot(); p.Add.Scatter(new[] { 1.0, 2 }, new[] { 3.0, 4 }); return p; }"),
            PlotEntry, [], new GradingLimits()).Compiled!;

        var result = WorkerRunner.Run(compiled, PlotEntry, [[]], new GradingLimits(), SandboxPolicy.PreferSandbox, useJail: false);

        Assert.True(result.Outcome == Outcome.Returned, PipelineTests.Describe(result));
        Assert.False(result.Sandboxed);
        Assert.Equal([3.0, 4], result.Calls[0].Value!.Plot!.Series.Single().Y);
        Assert.StartsWith("<svg", result.Calls[0].Value!.Plot!.Svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Plot_types_are_refused_to_exercises_that_do_not_return_a_plot()
    {
        var result = GradingPipeline.Run(new GradingRequest
        {
            Submission = new Submission("double F(double x) { var p = new ScottPlot.Plot(); return x; }"),
            EntryPoint = new EntryPoint("F", [ValueKind.Scalar], ValueKind.Scalar),
            Inputs = [[RawValue.FromScalar(1)]],
        });

        // Not even a reference to ScottPlot: the name does not exist for them.
        Assert.Equal(Outcome.CompileError, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("ScottPlot", StringComparison.Ordinal));
    }
}
