using System.Text.Json;
using System.Xml.Linq;
using CourseKit.Content.Model;
using CourseKit.Grading.Judging;
using CourseKit.Grading.Reports;

namespace CourseKit.Grading.Tests.Judging;

public class ReportWriterTests
{
    private static GradeReport Report() => new(
        "gradient-l2-norm", "s1", Verdict.Wrong, 3, 10, TimeSpan.FromMilliseconds(1234), "your program printed:\nhello",
        [
            new CheckReport("at chosen points", Verdict.Passed, 3, 3, CheckVisibility.Visible, "", null),
            new CheckReport("at random points", Verdict.Wrong, 0, 5, CheckVisibility.Visible, "at x = [1, 2]\n  expected [1]\n  got      [2]\nhint: look", null),
            new CheckReport("hidden", Verdict.Timeout, 0, 2, CheckVisibility.Hidden, "at x = [secret]: ran past the time limit", null),
        ],
        ["WARNING: no jail"]);

    [Fact]
    public void Json_has_gradescopes_fields_with_its_names()
    {
        using var json = JsonDocument.Parse(ReportWriter.Write(Report(), ReportFormat.Json));
        var root = json.RootElement;

        Assert.Equal(3, root.GetProperty("score").GetDouble());
        Assert.Equal(10, root.GetProperty("max_score").GetDouble());
        Assert.Equal("failed", root.GetProperty("status").GetString());
        Assert.Equal(1.234, root.GetProperty("execution_time").GetDouble());
        Assert.Contains("WARNING: no jail", root.GetProperty("output").GetString(), StringComparison.Ordinal);
        Assert.Equal("wrong", root.GetProperty("verdict").GetString());
        var tests = root.GetProperty("tests").EnumerateArray().ToList();
        Assert.Equal(["passed", "failed", "failed"], tests.Select(t => t.GetProperty("status").GetString()));
        Assert.Equal(["visible", "visible", "hidden"], tests.Select(t => t.GetProperty("visibility").GetString()));
        Assert.Equal("timeout", tests[2].GetProperty("verdict").GetString());
    }

    [Fact]
    public void Gradescope_format_keeps_only_gradescopes_own_keys()
    {
        using var json = JsonDocument.Parse(ReportWriter.Write(Report(), ReportFormat.Gradescope));
        var keys = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        var testKeys = json.RootElement.GetProperty("tests")[0].EnumerateObject().Select(p => p.Name).ToList();

        Assert.Equal(["score", "max_score", "status", "execution_time", "output", "visibility", "tests"], keys);
        Assert.Equal(["name", "status", "score", "max_score", "output", "visibility"], testKeys);
    }

    [Fact]
    public void Junit_counts_failures_and_carries_the_explanation()
    {
        var xml = XDocument.Parse(ReportWriter.Write(Report(), ReportFormat.Junit));
        var suite = xml.Root!.Element("testsuite")!;

        Assert.Equal("3", suite.Attribute("tests")!.Value);
        Assert.Equal("2", suite.Attribute("failures")!.Value);
        var failure = suite.Elements("testcase").ElementAt(1).Element("failure")!;
        Assert.Equal("wrong", failure.Attribute("message")!.Value);
        Assert.Contains("expected [1]", failure.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_shows_each_check_with_marks_points_and_hides_hidden_details_from_learners()
    {
        var text = ReportWriter.Write(Report(), ReportFormat.Text);

        Assert.Contains("✓ at chosen points      3/3", text, StringComparison.Ordinal);
        Assert.Contains("✗ at random points      0/5  wrong", text, StringComparison.Ordinal);
        Assert.Contains("      expected [1]", text, StringComparison.Ordinal);
        Assert.Contains("! WARNING: no jail", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
        Assert.Contains("details are hidden for this check", text, StringComparison.Ordinal);
        Assert.EndsWith("Score: 3/10 (failed, 1.23 s)\n", text, StringComparison.Ordinal);

        Assert.Contains("secret", ReportWriter.Write(Report(), ReportFormat.Text, revealHidden: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Drawn_inputs_are_rounded_to_four_significant_digits_so_reports_read_well()
    {
        var entry = new EntrySignature(EntryType.DoubleArray, "G", [new EntryParameter(EntryType.DoubleArray, "x")], "double[] G(double[] x)");
        var domains = new Dictionary<string, InputDomain> { ["x"] = new("x", -2, 2, [new ShapeDimension(4, 4, null)], [], false, [], null) };

        foreach (var args in InputSampler.Draw(entry, domains, 10, seed: 5))
        {
            Assert.All((double[])args[0], v => Assert.Equal(Math.Round(v, 3 - (int)Math.Floor(Math.Log10(Math.Abs(v)))), v));
        }
    }
}
