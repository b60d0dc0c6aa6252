using System.Text.Json;
using System.Xml.Linq;
using CourseKit.Content.Loading;
using CourseKit.Content.Model;
using CourseKit.Grading.Judging;
using CourseKit.Grading.Reports;

namespace CourseKit.Grading.Tests.Recorded;

/// <summary>Numeric answers are read as one number and compared within the tolerance; manual ones are recorded as pending.</summary>
public class NumericAndManualTests
{
    private static readonly Lazy<Course> Course = new(() => CourseLoader.Load(Repository.ValidCourse).Course);

    // limit-value: answer 2, tolerance 1e-3, 1 point.
    private static Exercise LimitValue => Course.Value.FindExercise("limit-value")!;

    // explain-tape: manual, 2 points.
    private static Exercise ExplainTape => Course.Value.FindExercise("explain-tape")!;

    private static Task<GradeReport> Grade(Exercise exercise, string answer) =>
        new ExerciseGrader(Repository.ValidCourse).GradeAsync(exercise, new Submission(answer), "s1");

    [Theory]
    [InlineData("2")]
    [InlineData("2.0004")]
    [InlineData("// exercise: limit-value\n\n1.9995\n")]
    [InlineData("answer = 2;")]
    [InlineData("answer: 2e0")]
    [InlineData("# the derivative of 3x² − 4x at 1\n+2.000 // from the table")]
    public async Task A_number_within_the_tolerance_passes(string answer)
    {
        var report = await Grade(LimitValue, answer);

        Assert.True(report.Verdict == Verdict.Passed, report.Checks[0].Output);
        Assert.Equal((1.0, 1.0), (report.Score, report.MaxScore));
    }

    [Fact]
    public async Task A_wrong_number_shows_expected_got_and_both_errors()
    {
        var report = await Grade(LimitValue, "2.5");

        Assert.Equal(Verdict.Wrong, report.Verdict);
        Assert.Equal(0, report.Score);
        var output = report.Checks[0].Output;
        Assert.Contains("expected 2 (within ±0.001)", output, StringComparison.Ordinal);
        Assert.Contains("got      2.5", output, StringComparison.Ordinal);
        Assert.Contains("absolute error 0.5, relative error 0.25", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flipped_sign_is_named()
    {
        var report = await Grade(LimitValue, "−2");

        Assert.Equal(Verdict.Wrong, report.Verdict);
        Assert.Contains("hint: your answer has the wrong sign.", report.Checks[0].Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "no answer found")]
    [InlineData("// only a comment", "no answer found")]
    [InlineData("two", "`two` is not a number")]
    [InlineData("1\n2", "found 2 lines that are not comments")]
    [InlineData("Console.WriteLine(2);", "is not a number")]
    [InlineData("1/0", "is not a number")]
    public async Task Something_that_is_not_one_number_is_bad_output_saying_what_to_write(string answer, string problem)
    {
        var report = await Grade(LimitValue, answer);

        Assert.Equal(Verdict.BadOutput, report.Verdict);
        Assert.Contains(problem, report.Checks[0].Output, StringComparison.Ordinal);
        Assert.Contains("write your answer as one number on a line of its own, e.g. `2.5`", report.Checks[0].Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manual_answer_is_recorded_as_pending_with_no_points_yet()
    {
        var report = await Grade(ExplainTape, "// exercise: explain-tape\nReverse mode walks the graph backwards.\nIt needs each node's inputs to apply the chain rule.\n");

        Assert.Equal(Verdict.Pending, report.Verdict);
        Assert.Equal("pending", report.Status);
        Assert.Equal((0.0, 2.0), (report.Score, report.MaxScore));
        Assert.Contains("recorded for your instructor", report.Checks.Single().Output, StringComparison.Ordinal);
        Assert.Contains("16 words on 2 lines", report.Checks.Single().Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_manual_answer_is_bad_output_so_the_learner_notices()
    {
        var report = await Grade(ExplainTape, "// exercise: explain-tape\n\n");

        Assert.Equal(Verdict.BadOutput, report.Verdict);
        Assert.Contains("the answer is empty", report.Checks.Single().Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pending_is_its_own_status_in_every_format()
    {
        var report = await Grade(ExplainTape, "An essay.");

        var text = ReportWriter.Write(report, ReportFormat.Text);
        Assert.Contains("… manual", text, StringComparison.Ordinal);
        Assert.Contains("0/2  pending", text, StringComparison.Ordinal);
        Assert.Contains("(pending, ", text, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(ReportWriter.Write(report, ReportFormat.Json));
        Assert.Equal("pending", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("pending", json.RootElement.GetProperty("verdict").GetString());
        Assert.Equal("pending", json.RootElement.GetProperty("tests")[0].GetProperty("status").GetString());

        // Gradescope's tests know only passed and failed: the status is left out and the score (0 of 2) speaks.
        using var gradescope = JsonDocument.Parse(ReportWriter.Write(report, ReportFormat.Gradescope));
        Assert.False(gradescope.RootElement.GetProperty("tests")[0].TryGetProperty("status", out _));

        var suite = XDocument.Parse(ReportWriter.Write(report, ReportFormat.Junit)).Root!.Element("testsuite")!;
        Assert.Equal(("0", "0", "1"), (suite.Attribute("failures")!.Value, suite.Attribute("errors")!.Value, suite.Attribute("skipped")!.Value));
        Assert.Contains("awaits manual grading", suite.Element("testcase")!.Element("skipped")!.Attribute("message")!.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3.25", 3.25)]
    [InlineData("x = -1e-3", -1e-3)]
    [InlineData(".5;", 0.5)]
    public void The_parser_reads_plain_and_assigned_numbers(string text, double value)
    {
        Assert.Equal((value, (string?)null), NumericJudge.Parse(text));
    }
}
