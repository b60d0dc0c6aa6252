using CourseKit.Grading.Batch;

namespace CourseKit.Grading.Tests.Batch;

/// <summary>Batch grading writes a plot's figure beside its report, and records a manual answer as pending.</summary>
[Collection(OneWorkerAtATime.Name)]
public class PlotAndManualBatchTests
{
    private const string SquareAndTangent = """
        // exercise: tangent-plot
        ScottPlot.Plot Plot()
        {
            double[] xs = [0, 0.5, 1, 1.5, 2];
            var plot = new ScottPlot.Plot();
            plot.Add.Scatter(xs, xs.Select(x => x * x).ToArray()).LegendText = "f";
            plot.Add.Scatter(xs, xs.Select(x => 2 * x - 1).ToArray()).LegendText = "tangent";
            plot.XLabel("x");
            plot.YLabel("y");
            return plot;
        }
        """;

    [Fact]
    public async Task The_figure_lands_beside_the_json_report_and_manual_answers_are_pending_not_errors()
    {
        using var folder = new ClassFolder();
        folder.Add("alice.csx", SquareAndTangent);
        folder.Add("bob.csx", "// exercise: explain-tape\nThe tape remembers every intermediate value.");
        var grader = new BatchGrader(ClassFolder.Course.Value, ClassFolder.CourseRoot, SandboxPolicy.PreferSandbox, jobs: 2);
        using var output = new BatchOutput(folder.Out);

        var run = await grader.RunAsync(SubmissionFinder.Find(folder.Submissions, exerciseId: null).Submissions, output);

        var rows = run.Results.ToDictionary(r => r.Row.Student, r => r.Row);
        Assert.Equal(("passed", 3.0), (rows["alice"].Status, rows["alice"].Score));
        Assert.Equal(("pending", "pending", 0.0, 2.0), (rows["bob"].Status, rows["bob"].Verdict, rows["bob"].Score, rows["bob"].MaxScore));
        var figure = output.FigurePath("alice", "tangent-plot");
        Assert.Equal(Path.Combine(folder.Out, "reports", "alice", "tangent-plot.svg"), figure);
        Assert.StartsWith("<svg", await File.ReadAllTextAsync(figure), StringComparison.Ordinal);
        Assert.False(File.Exists(output.FigurePath("bob", "explain-tape")));
        Assert.Contains("alice,tangent-plot,3,3,passed,passed,", string.Join("\n", folder.GradebookLines()), StringComparison.Ordinal);
    }
}
