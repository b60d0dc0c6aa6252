using System.Text.RegularExpressions;
using CourseKit.Grading.Tests;

namespace CourseKit.Grade.Tests;

/// <summary>
/// Each folder under Fixtures/ is a scenario: a submission, the options, and the report a learner must see. The whole
/// report is compared, so a change to any word of the feedback shows up in review as a diff of expected.txt.
/// </summary>
public sealed partial class GoldenFixtureTests
{
    private static readonly string Fixtures = Path.Combine(Repository.Root, "tests", "CourseKit.Grade.Tests", "Fixtures");

    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(Fixtures).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task The_report_matches_the_fixture(string scenario)
    {
        var folder = Path.Combine(Fixtures, scenario);
        var argsFile = Path.Combine(folder, "args");
        var extra = File.Exists(argsFile)
            ? File.ReadAllText(argsFile).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

        // The bundled course unless the scenario names another (relative to its folder), such as the test course.
        var course = Repository.Root;
        var given = Array.IndexOf(extra, "--course");
        if (given >= 0 && given + 1 < extra.Length)
        {
            course = Path.GetFullPath(Path.Combine(folder, extra[given + 1]));
            extra = [.. extra[..given], .. extra[(given + 2)..]];
        }

        // Graded from a copy in a folder of its own, so what grade writes beside the file (a plot's figure) stays out of the tree.
        var work = Directory.CreateTempSubdirectory("grade-fixture-").FullName;
        File.Copy(Path.Combine(folder, "submission.csx"), Path.Combine(work, "submission.csx"));
        var output = new StringWriter();
        var error = new StringWriter();
        int exit;
        try
        {
            exit = await GradeApp.RunAsync(["submission.csx", "--course", course, .. extra], output, error, work);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        var actual = $"exit {exit}\n{Normalize(output.ToString())}{Normalize(error.ToString())}";
        var expectedFile = Path.Combine(folder, "expected.txt");
        if (Environment.GetEnvironmentVariable("COURSEKIT_UPDATE_FIXTURES") == "1")
        {
            await File.WriteAllTextAsync(expectedFile, actual);
        }

        Assert.True(File.Exists(expectedFile), $"{scenario}: expected.txt is missing; see Fixtures/README.md to create it");
        Assert.Equal(await File.ReadAllTextAsync(expectedFile), actual);
    }

    /// <summary>Timings differ on every run; everything else in a report must not.</summary>
    private static string Normalize(string text) =>
        Seconds().Replace(JsonTime().Replace(JunitTime().Replace(text.ReplaceLineEndings("\n"), "time=\"<time>\""), "\"execution_time\": <time>"), "<time> ${unit}");

    [GeneratedRegex(@"\d+(\.\d+)? (?<unit>s\b|秒)")]
    private static partial Regex Seconds();

    [GeneratedRegex(@"""execution_time"": ?[0-9.eE+-]+")]
    private static partial Regex JsonTime();

    [GeneratedRegex(@"time=""[0-9.]+""")]
    private static partial Regex JunitTime();
}
