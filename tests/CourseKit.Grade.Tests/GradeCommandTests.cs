using System.Text.Json;
using CourseKit.Grading.Tests;

namespace CourseKit.Grade.Tests;

public sealed class GradeCommandTests : IDisposable
{
    private static readonly string CourseRoot = Repository.ValidCourse;
    private readonly string _work = Directory.CreateTempSubdirectory("grade-tests-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private async Task<(int Exit, string Out, string Error)> Run(string source, params string[] args)
    {
        var file = Path.Combine(_work, "answer.csx");
        await File.WriteAllTextAsync(file, source);
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await GradeApp.RunAsync(["answer.csx", "--course", CourseRoot, .. args], output, error, _work);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Full_marks_exit_0_and_the_exercise_can_be_named_in_a_first_line_comment()
    {
        var (exit, output, _) = await Run("// exercise: square-derivative\ndouble Derivative(double x) => 3 * x * x - 2;\n");

        Assert.Equal(0, exit);
        Assert.Contains("✓ at chosen points", output, StringComparison.Ordinal);
        Assert.Contains("Score: 10/10 (passed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_points_exit_1_with_a_report_that_teaches()
    {
        var (exit, output, _) = await Run("double Derivative(double x) => 3 * x * x;", "--exercise", "square-derivative");

        Assert.Equal(1, exit);
        Assert.Contains("expected", output, StringComparison.Ordinal);
        Assert.Contains("got", output, StringComparison.Ordinal);
        Assert.Contains("hint:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_is_one_gradescope_object()
    {
        var (exit, output, _) = await Run("double[] Gradient(double[] x) => x.Select(v => 2 * v).ToArray();", "--exercise", "quadratic-gradient", "--format", "json", "--student", "s42");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(5, json.RootElement.GetProperty("score").GetDouble());
        Assert.Equal("s42", json.RootElement.GetProperty("student").GetString());
    }

    [Fact]
    public async Task A_compile_error_shows_the_learners_line_and_no_internal_paths()
    {
        var (exit, output, _) = await Run("double Derivative(double x)\n{\n    return 3 * x * x - 2\n}\n", "--exercise", "square-derivative");

        Assert.Equal(1, exit);
        Assert.Contains("compile-error", output, StringComparison.Ordinal);
        Assert.Contains("line 3", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Repository.Root, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--exercise", "no-such-exercise", "has no exercise 'no-such-exercise'; its exercises are:")]
    [InlineData("--format", "yaml", "yaml")]
    [InlineData("--language", "fr", "Argument 'fr' not recognized. Must be one of:")]
    [InlineData("--language", "zh-CN", "Argument 'zh-CN' not recognized")]
    public async Task Usage_errors_exit_2_and_say_what_to_do(string option, string value, string message)
    {
        var (exit, _, error) = await Run("double Derivative(double x) => 0;", option, value);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_exercise_id_it_asks_for_one()
    {
        var (exit, _, error) = await Run("double Derivative(double x) => 0;");

        Assert.Equal(2, exit);
        Assert.Contains("// exercise: <id>", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_a_usage_error()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await GradeApp.RunAsync(["nope.csx", "--course", CourseRoot], output, error, _work);

        Assert.Equal(2, exit);
        Assert.Contains("'nope.csx' does not exist", error.ToString(), StringComparison.Ordinal);
    }
}
