using System.Text.RegularExpressions;
using CourseKit.Content.Diagnostics;
using CourseKit.Content.Loading;

namespace CourseKit.Content.Tests;

/// <summary>docs/AUTHORING.md is what instructors read: its code table and its examples must match the loader.</summary>
public partial class AuthoringGuideTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "AUTHORING.md"));

    [Fact]
    public void Every_code_is_in_the_table_with_its_severity()
    {
        var rows = TableRow().Matches(Guide).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        foreach (var (code, severity, _) in DiagnosticCodes.All)
        {
            Assert.True(rows.TryGetValue(code, out var documented), $"{code} is missing from docs/AUTHORING.md");
            Assert.Equal(Diagnostic.SeverityName(severity), documented);
        }

        Assert.Equal(DiagnosticCodes.All.Count, rows.Count);
    }

    [Fact]
    public void The_complete_example_exercise_loads_without_diagnostics()
    {
        var section = Guide[Guide.IndexOf("## A complete exercise", StringComparison.Ordinal)..];
        var yaml = YamlBlock().Match(section).Groups[1].Value;
        var files = TestCourses.ValidInMemory()
            .Add("content/01-calculus/exercises/gradient-quadratic-exp.yml", yaml)
            .Add("graders/01-calculus/gradient-quadratic-exp/correct-by-hand.csx", "double[] Gradient(double[] x) => [6 * x[0], 5 * Math.Exp(x[1])];")
            .Add("graders/01-calculus/gradient-quadratic-exp/wrong-swapped.csx", "double[] Gradient(double[] x) => [5 * Math.Exp(x[1]), 6 * x[0]];");

        var loaded = CourseLoader.Load(files);

        Assert.True(loaded.Diagnostics.Count == 0, string.Join('\n', loaded.Diagnostics));
        var exercise = loaded.Course.FindExercise("gradient-quadratic-exp")!;
        Assert.Equal(10, exercise.Checks.Sum(c => c.Points));
        Assert.Equal(25, exercise.Check.Samples);
    }

    [Fact]
    public void The_example_course_file_loads_without_diagnostics()
    {
        var section = Guide[Guide.IndexOf("## course.yml", StringComparison.Ordinal)..];
        var yaml = YamlBlock().Match(section).Groups[1].Value;
        var files = TestCourses.ValidInMemory().Add("content/course.yml", yaml);
        var loaded = CourseLoader.Load(files);
        Assert.True(loaded.Diagnostics.Count == 0, string.Join('\n', loaded.Diagnostics));
        Assert.Equal(20, loaded.Course.Grading.Samples);
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CourseKit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("CourseKit.sln not found above the test output folder");
    }

    [GeneratedRegex(@"^\| (CK\d{3}) \| (\w+) \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
