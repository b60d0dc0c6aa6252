using System.Text.Json;
using CourseKit.Grading.Tests;

namespace CourseKit.Grade.Tests;

/// <summary><c>grade</c> on the kinds that do not return numbers: a plot's figure is saved beside the file; numbers and essays never run.</summary>
public sealed class PlotNumericManualCommandTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("grade-kinds-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private async Task<(int Exit, string Out, string Error)> Run(string course, string file, string source, params string[] args)
    {
        await File.WriteAllTextAsync(Path.Combine(_work, file), source);
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await GradeApp.RunAsync([file, "--course", course, .. args], output, error, _work);
        return (exit, output.ToString(), error.ToString());
    }

    private static string Sample(string file) =>
        File.ReadAllText(Path.Combine(Repository.Root, "graders", "01-calculus", "tangent-plot", file));

    [Fact]
    public async Task A_plot_is_graded_check_by_check_and_its_figure_saved_beside_the_file()
    {
        var (exit, output, _) = await Run(Repository.Root, "tangent.csx", Sample("wrong-sign-flipped.csx"), "--exercise", "tangent-plot");

        Assert.Equal(1, exit);
        Assert.Contains("✓ curve        4/4", output, StringComparison.Ordinal);
        Assert.Contains("✗ tangent      0/4  wrong", output, StringComparison.Ordinal);
        Assert.Contains("got      slope −4, intercept 4", output, StringComparison.Ordinal);
        Assert.Contains("Score: 6/10 (failed", output, StringComparison.Ordinal);
        Assert.Contains("Your figure: tangent.svg", output, StringComparison.Ordinal);
        Assert.StartsWith("<svg", await File.ReadAllTextAsync(Path.Combine(_work, "tangent.svg")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_json_the_figure_note_goes_to_stderr_and_figure_picks_the_place()
    {
        var (exit, output, error) = await Run(
            Repository.Root, "tangent.csx", Sample("correct-scottplot.csx"), "--exercise", "tangent-plot", "--format", "json", "--figure", "out/picture.svg");

        // out/ does not exist: the picture cannot be saved, but the grade stands.
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("passed", json.RootElement.GetProperty("status").GetString());
        Assert.Contains("Your figure could not be saved", error, StringComparison.Ordinal);

        Directory.CreateDirectory(Path.Combine(_work, "out"));
        (exit, output, error) = await Run(
            Repository.Root, "tangent.csx", Sample("correct-scottplot.csx"), "--exercise", "tangent-plot", "--format", "json", "--figure", "out/picture.svg");

        Assert.Equal(0, exit);
        using var again = JsonDocument.Parse(output);
        Assert.Equal(10, again.RootElement.GetProperty("score").GetDouble());
        Assert.Contains("Your figure: out/picture.svg", error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_work, "out", "picture.svg")));
    }

    [Fact]
    public async Task A_numeric_answer_is_one_number_in_the_file()
    {
        var right = await Run(Repository.ValidCourse, "limit.txt", "// exercise: limit-value\n2.0\n");
        var wrong = await Run(Repository.ValidCourse, "limit.txt", "// exercise: limit-value\n-4\n");
        var unreadable = await Run(Repository.ValidCourse, "limit.txt", "// exercise: limit-value\nabout two\n");

        Assert.Equal(0, right.Exit);
        Assert.Equal(1, wrong.Exit);
        Assert.Contains("expected 2 (within ±0.001)", wrong.Out, StringComparison.Ordinal);
        Assert.Contains("absolute error 6, relative error 3", wrong.Out, StringComparison.Ordinal);
        Assert.Equal(1, unreadable.Exit);
        Assert.Contains("bad-output", unreadable.Out, StringComparison.Ordinal);
        Assert.Contains("`about two` is not a number", unreadable.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manual_answer_is_recorded_and_awaits_the_instructor()
    {
        var (exit, output, _) = await Run(Repository.ValidCourse, "essay.md", "// exercise: explain-tape\nBackward needs the values forward computed.\n");

        Assert.Equal(1, exit);
        Assert.Contains("… manual", output, StringComparison.Ordinal);
        Assert.Contains("0/2  pending", output, StringComparison.Ordinal);
        Assert.Contains("Score: 0/2 (pending", output, StringComparison.Ordinal);
    }
}
