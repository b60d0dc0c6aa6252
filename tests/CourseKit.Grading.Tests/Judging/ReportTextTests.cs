using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Xml.Linq;
using CourseKit.Content.Model;
using CourseKit.Grading.Judging;
using CourseKit.Grading.Reports;

namespace CourseKit.Grading.Tests.Judging;

/// <summary>The message catalogue: every message in every language, numbers invariant, the frame of each format.</summary>
public class ReportTextTests
{
    // Texts that are the same in every language because they are only a formula.
    private static readonly string[] LanguageNeutral = [nameof(ReportText.FOfX)];

    /// <summary>The name of every message of the catalogue.</summary>
    public static TheoryData<string> Messages()
    {
        var data = new TheoryData<string>();
        foreach (var member in MessageMembers())
        {
            data.Add(member.Name);
        }

        return data;
    }

    private static IEnumerable<MemberInfo> MessageMembers() =>
        typeof(ReportText).GetMembers(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m is MethodInfo { IsAbstract: true, IsSpecialName: false } or PropertyInfo { GetMethod.IsAbstract: true })
            .Where(m => m.Name != nameof(ReportText.Language));

    /// <summary>Every rendering of a message: a method once per sample argument list, an enum parameter once per value.</summary>
    private static IEnumerable<string> Render(ReportText text, string name)
    {
        var member = MessageMembers().Single(m => m.Name == name);
        if (member is PropertyInfo property)
        {
            yield return (string)property.GetValue(text)!;
            yield break;
        }

        var method = (MethodInfo)member;
        if (name == nameof(ReportText.Warning))
        {
            // Warnings the catalogue does not know pass through; the one it knows is the loud no-jail warning.
            yield return (string)method.Invoke(text, [Running.WorkerRunner.NoJailWarning])!;
            yield break;
        }

        foreach (var arguments in ArgumentLists(method.GetParameters()))
        {
            yield return (string)method.Invoke(text, arguments)!;
        }
    }

    private static IEnumerable<object?[]> ArgumentLists(ParameterInfo[] parameters)
    {
        var enumParameter = parameters.FirstOrDefault(p => p.ParameterType.IsEnum);
        if (enumParameter is not null)
        {
            foreach (var value in Enum.GetValues(enumParameter.ParameterType))
            {
                yield return [.. parameters.Select(p => p == enumParameter ? value : Sample(p.ParameterType))];
            }

            yield break;
        }

        yield return [.. parameters.Select(p => Sample(p.ParameterType))];
        if (parameters.Any(p => p.ParameterType == typeof(int)))
        {
            // The singular forms as well.
            yield return [.. parameters.Select(p => p.ParameterType == typeof(int) ? 1 : Sample(p.ParameterType))];
        }
    }

    private static object Sample(Type type) =>
        type == typeof(string) ? "x = 1.5"
        : type == typeof(int) ? 3
        : type == typeof(double) ? 0.125
        : type == typeof(TimeSpan) ? TimeSpan.FromSeconds(1.5)
        : type == typeof(IReadOnlyList<int>) ? new[] { 0, 1 }
        : type == typeof(IReadOnlyList<string>) ? new[] { "x = 1", "x = 2", "x = 3" }
        : type == typeof(GradingDiagnostic) ? new GradingDiagnostic(4, 5, "CS1002", "; expected")
        : throw new NotSupportedException($"no sample argument of type {type}; add one");

    private static bool HasWide(string text) => ReportWriter.DisplayWidth(text) > text.Length;

    [Theory]
    [MemberData(nameof(Messages))]
    public void Every_message_exists_in_english_and_in_chinese(string name)
    {
        var english = Render(ReportText.English, name).ToList();
        var chinese = Render(ReportText.Chinese, name).ToList();

        Assert.All(english, e => Assert.False(string.IsNullOrWhiteSpace(e) || HasWide(e), $"{name}: `{e}` is not English"));
        Assert.All(chinese, c => Assert.False(string.IsNullOrWhiteSpace(c), $"{name} is empty in Chinese"));
        if (!LanguageNeutral.Contains(name))
        {
            Assert.All(chinese, c => Assert.True(HasWide(c), $"{name}: `{c}` is not Chinese"));
            Assert.All(english.Zip(chinese), p => Assert.NotEqual(p.First, p.Second));
        }
    }

    [Fact]
    public void The_catalogue_has_exactly_english_and_chinese_and_refuses_any_other_language()
    {
        Assert.Equal(["en", "zh"], ReportText.Languages);
        Assert.Same(ReportText.Chinese, ReportText.For("zh"));
        Assert.Null(ReportText.Find("fr"));
        var refused = Assert.Throws<ArgumentException>(() => ReportText.For("fr"));
        Assert.Contains("en or zh, not 'fr'", refused.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ExerciseGrader(".", language: "ZH"));
    }

    [Fact]
    public void Numbers_are_written_the_same_whatever_the_machines_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        // A decimal comma, as in de-DE (built by hand: the tests may run in globalization-invariant mode).
        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        CultureInfo.CurrentCulture = comma;
        Assert.Equal("0,125", 0.125.ToString(CultureInfo.CurrentCulture));
        try
        {
            foreach (var text in ReportText.All)
            {
                Assert.Contains("0.125", text.ErrorsOverInputs(0.125, 1.5, 2), StringComparison.Ordinal);
                Assert.Contains("1.5", text.ErrorsOverInputs(0.125, 1.5, 2), StringComparison.Ordinal);
                Assert.Contains("2.5", text.ExpectedWithin(2.5, 1e-3), StringComparison.Ordinal);
                Assert.Contains("1.50", text.Score("3", "10", Verdict.Wrong, TimeSpan.FromSeconds(1.5)), StringComparison.Ordinal);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Roslyn_messages_stay_english_inside_a_chinese_frame_and_the_graders_own_are_translated()
    {
        Assert.Equal("第 4 行：; expected", ReportText.Chinese.Diagnostic(new GradingDiagnostic(4, 5, "CS1002", "; expected")));
        Assert.Equal("line 4: ; expected", ReportText.English.Diagnostic(new GradingDiagnostic(4, 5, "CS1002", "; expected")));
        Assert.Equal(
            "第 3 行：练习中不能使用 System.IO.File",
            ReportText.Chinese.Diagnostic(new GradingDiagnostic(3, 1, "CK0100", "System.IO.File is not available in exercises")));
        Assert.Equal(
            "本练习不允许使用 Cos",
            ReportText.Chinese.Diagnostic(new GradingDiagnostic(0, 0, "CK0102", "Cos is not allowed in this exercise")));
        Assert.Equal(
            "没有运行你的代码：要求使用沙箱，但这台机器上没有：bwrap not found",
            ReportText.Chinese.Refused("the sandbox is required but not available: bwrap not found"));
        Assert.Equal("在 x = 1 处：程序崩溃：运行进程提前退出，退出码为 134。", ReportText.Chinese.AtInput("x = 1", ReportText.Chinese.Crashed("the worker exited early with code 134")));

        // A wording the table does not know is shown as it is rather than lost.
        Assert.Equal("第 2 行：something new", ReportText.Chinese.Diagnostic(new GradingDiagnostic(2, 1, "CK0100", "something new")));
    }

    [Fact]
    public void Mistake_shapes_are_explained_in_the_reports_language()
    {
        Sample At(double x, double expected, double got) => new($"x = {x}", [expected], [got]);
        var flipped = new[] { At(1, 2, -2), At(2, 4, -4), At(3, 6, -6) };

        var english = MistakeAnalysis.Diagnose(flipped, Tolerance.Default);
        var chinese = MistakeAnalysis.Diagnose(flipped, Tolerance.Default, ReportText.Chinese);

        Assert.Equal((MistakeShape.SignFlipped, MistakeShape.SignFlipped), (english.Shape, chinese.Shape));
        Assert.StartsWith("Every value has the wrong sign", english.Hint, StringComparison.Ordinal);
        Assert.StartsWith("每个值的符号都反了", chinese.Hint, StringComparison.Ordinal);
    }

    private static GradeReport Chinese() => new(
        "gradient-l2-norm", "s1", Verdict.Wrong, 3, 10, TimeSpan.FromMilliseconds(1234), "",
        [
            new CheckReport("short vectors", Verdict.Passed, 3, 3, CheckVisibility.Visible, "", null) { Title = "短向量" },
            new CheckReport("at x = 1", Verdict.Wrong, 0, 5, CheckVisibility.Visible, "在 x = 1 处\n  期望值 1\n  实际值 2", null) { Title = "在 x = 1 处" },
            new CheckReport("random vectors", Verdict.Timeout, 0, 2, CheckVisibility.Hidden, "secret", null) { Title = "随机长度的随机向量" },
        ],
        [])
    {
        Language = "zh",
    };

    [Fact]
    public void A_chinese_text_report_is_chinese_throughout_and_its_points_line_up_in_a_terminal()
    {
        var lines = ReportWriter.Write(Chinese(), ReportFormat.Text).Split('\n');

        // Names padded to the widest, 随机长度的随机向量 (9 characters, 18 columns), then two spaces and the points in 7.
        Assert.Equal("✓ 短向量" + new string(' ', 12) + "      3/3", lines[1]);
        Assert.Equal("✗ 在 x = 1 处" + new string(' ', 7) + "      0/5  答案错误", lines[2]);
        Assert.Equal("✗ 随机长度的随机向量      0/2  超时 [隐藏]", lines[6]);
        Assert.Equal("    此项检查的详细信息不公开", lines[7]);
        Assert.Equal("得分：3/10（未通过，1.23 秒）", lines[8]);
        var columns = new[] { lines[1], lines[2], lines[6] }.Select(l => ReportWriter.DisplayWidth(l[..l.IndexOf('/', StringComparison.Ordinal)])).ToList();
        Assert.All(columns, c => Assert.Equal(columns[0], c));
    }

    [Fact]
    public void Json_in_chinese_keeps_the_fields_machines_read_in_english()
    {
        using var json = JsonDocument.Parse(ReportWriter.Write(Chinese(), ReportFormat.Json));
        var root = json.RootElement;
        var test = root.GetProperty("tests")[1];

        Assert.Equal(("failed", "wrong", "zh"), (root.GetProperty("status").GetString(), root.GetProperty("verdict").GetString(), root.GetProperty("language").GetString()));
        Assert.Equal(("在 x = 1 处", "at x = 1"), (test.GetProperty("name").GetString(), test.GetProperty("check").GetString()));
        Assert.Equal(("failed", "wrong", "visible"), (test.GetProperty("status").GetString(), test.GetProperty("verdict").GetString(), test.GetProperty("visibility").GetString()));
        Assert.StartsWith("在 x = 1 处", test.GetProperty("output").GetString(), StringComparison.Ordinal);

        using var gradescope = JsonDocument.Parse(ReportWriter.Write(Chinese(), ReportFormat.Gradescope));
        Assert.Equal("短向量", gradescope.RootElement.GetProperty("tests")[0].GetProperty("name").GetString());
        Assert.False(gradescope.RootElement.GetProperty("tests")[0].TryGetProperty("check", out _));
    }

    [Fact]
    public void Junit_in_chinese_keeps_english_test_names_and_verdicts_and_carries_the_chinese_explanation()
    {
        var suite = XDocument.Parse(ReportWriter.Write(Chinese(), ReportFormat.Junit)).Root!.Element("testsuite")!;
        var failing = suite.Elements("testcase").ElementAt(1);

        Assert.Equal("at x = 1", failing.Attribute("name")!.Value);
        Assert.Equal("wrong", failing.Element("failure")!.Attribute("message")!.Value);
        Assert.StartsWith("在 x = 1 处", failing.Element("failure")!.Value, StringComparison.Ordinal);
    }
}
