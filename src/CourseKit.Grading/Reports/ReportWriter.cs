using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml.Linq;
using CourseKit.Content.Model;

namespace CourseKit.Grading.Reports;

/// <summary>
/// Writes a <see cref="GradeReport"/> as text, JSON (Gradescope's schema) or JUnit XML. Text is wholly in the report's
/// language; JSON and JUnit keep their machine-readable fields (status, verdict, visibility, JUnit names) English and
/// carry the human-readable ones (test names in JSON, outputs) in the report's language. See docs/GRADING.md.
/// </summary>
public static class ReportWriter
{
    /// <summary>Renders <paramref name="report"/> in <paramref name="format"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The output shape.</param>
    /// <param name="revealHidden">Whether hidden and after-due checks show their details (instructors) or only their line (learners).</param>
    public static string Write(GradeReport report, ReportFormat format, bool revealHidden = false) => format switch
    {
        ReportFormat.Text => Text(report, revealHidden),
        ReportFormat.Json => Json(report, gradescopeOnly: false),
        ReportFormat.Gradescope => Json(report, gradescopeOnly: true),
        ReportFormat.Junit => Junit(report),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>Gradescope's name for a visibility: visible, hidden, after_due_date.</summary>
    public static string VisibilityName(CheckVisibility visibility) => visibility switch
    {
        CheckVisibility.Hidden => "hidden",
        CheckVisibility.AfterDue => "after_due_date",
        _ => "visible",
    };

    /// <summary>A verdict as reports spell it: passed, wrong, compile-error, forbidden-api, …</summary>
    public static string VerdictName(Verdict verdict) => verdict switch
    {
        Verdict.Passed => "passed",
        Verdict.Wrong => "wrong",
        Verdict.CompileError => "compile-error",
        Verdict.ForbiddenApi => "forbidden-api",
        Verdict.MissingEntry => "missing-entry",
        Verdict.BadOutput => "bad-output",
        Verdict.Timeout => "timeout",
        Verdict.MemoryLimit => "memory-limit",
        Verdict.Crashed => "crashed",
        Verdict.Pending => "pending",
        _ => "error",
    };

    /// <summary>The texts of the report's language; English for a language reports are not written in.</summary>
    private static ReportText Words(GradeReport report) => ReportText.Find(report.Language) ?? ReportText.English;

    private static string Text(GradeReport report, bool revealHidden)
    {
        var words = Words(report);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{report.ExerciseId}{(report.Student is null ? "" : $" ({report.Student})")}\n");
        foreach (var warning in report.Warnings)
        {
            text.Append(CultureInfo.InvariantCulture, $"! {words.Warning(warning)}\n");
        }

        if (report.Output.Length > 0)
        {
            text.Append(Indent(report.Output, "  ")).Append('\n');
        }

        var width = report.Checks.Count == 0 ? 0 : report.Checks.Max(c => DisplayWidth(c.Title));
        foreach (var check in report.Checks)
        {
            var mark = check.Verdict switch
            {
                Verdict.Passed => "✓",
                Verdict.Pending => "…",
                _ => "✗",
            };
            var points = $"{Number(check.Score)}/{Number(check.MaxScore)}";
            var status = check.Verdict == Verdict.Passed ? "" : $"  {words.VerdictWord(check.Verdict)}";
            var shown = revealHidden || check.Visibility == CheckVisibility.Visible;
            var label = check.Visibility == CheckVisibility.Visible ? "" : $" [{words.VisibilityWord(check.Visibility)}]";
            var name = check.Title + new string(' ', width - DisplayWidth(check.Title));
            text.Append(CultureInfo.InvariantCulture, $"{mark} {name}  {points,7}{status}{label}\n");
            if (check.Verdict != Verdict.Passed && check.Output.Length > 0)
            {
                text.Append(Indent(shown ? check.Output : words.HiddenDetails, "    ")).Append('\n');
            }
        }

        text.Append(words.Score(Number(report.Score), Number(report.MaxScore), report.Verdict, report.ExecutionTime)).Append('\n');
        return text.ToString();
    }

    /// <summary>
    /// Columns a terminal gives <paramref name="text"/>: two for East Asian wide and full-width characters (Han, kana,
    /// Hangul, full-width punctuation), one for the rest, so Chinese check names line up their points.
    /// </summary>
    internal static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
                or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6')
                ? 2
                : 1;
        }

        return width;
    }

    private static string Json(GradeReport report, bool gradescopeOnly)
    {
        var words = Words(report);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("score", report.Score);
            json.WriteNumber("max_score", report.MaxScore);
            json.WriteString("status", report.Status);
            json.WriteNumber("execution_time", Math.Round(report.ExecutionTime.TotalSeconds, 3));
            json.WriteString("output", string.Join("\n", report.Warnings.Select(words.Warning).Append(report.Output).Where(s => s.Length > 0)));
            json.WriteString("visibility", "visible");
            if (!gradescopeOnly)
            {
                json.WriteString("exercise", report.ExerciseId);
                if (report.Student is { } student)
                {
                    json.WriteString("student", student);
                }

                json.WriteString("verdict", VerdictName(report.Verdict));
                json.WriteString("language", words.Language);
            }

            json.WriteStartArray("tests");
            foreach (var check in report.Checks)
            {
                json.WriteStartObject();
                json.WriteString("name", check.Title);
                // Gradescope knows only passed and failed; a test awaiting manual grading leaves the field out there.
                if (check.Verdict != Verdict.Pending || !gradescopeOnly)
                {
                    json.WriteString("status", check.Verdict switch
                    {
                        Verdict.Passed => "passed",
                        Verdict.Pending => "pending",
                        _ => "failed",
                    });
                }

                json.WriteNumber("score", check.Score);
                json.WriteNumber("max_score", check.MaxScore);
                json.WriteString("output", check.Output);
                json.WriteString("visibility", VisibilityName(check.Visibility));
                if (!gradescopeOnly)
                {
                    json.WriteString("verdict", VerdictName(check.Verdict));
                    json.WriteString("check", check.Name);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string Junit(GradeReport report)
    {
        var failures = report.Checks.Count(c => c.Verdict is not (Verdict.Passed or Verdict.Error or Verdict.Pending));
        var skipped = report.Checks.Count(c => c.Verdict == Verdict.Pending);
        var errors = report.Verdict == Verdict.Error ? 1 : 0;
        var suite = new XElement(
            "testsuite",
            new XAttribute("name", report.ExerciseId),
            new XAttribute("tests", Math.Max(report.Checks.Count, errors)),
            new XAttribute("failures", failures),
            new XAttribute("errors", errors),
            skipped > 0 ? new XAttribute("skipped", skipped) : null,
            new XAttribute("time", report.ExecutionTime.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)));
        if (report.Checks.Count == 0 && errors == 1)
        {
            suite.Add(new XElement("testcase", new XAttribute("name", "grade"), new XAttribute("classname", report.ExerciseId), new XElement("error", new XAttribute("message", "grader error"), report.Output)));
        }

        foreach (var check in report.Checks)
        {
            var testcase = new XElement("testcase", new XAttribute("name", check.Name), new XAttribute("classname", report.ExerciseId));
            if (check.Verdict == Verdict.Pending)
            {
                // Not a failure: JUnit's "skipped" is the nearest thing to "awaits a person".
                testcase.Add(new XElement("skipped", new XAttribute("message", "pending: awaits manual grading"), check.Output));
            }
            else if (check.Verdict != Verdict.Passed)
            {
                testcase.Add(new XElement("failure", new XAttribute("message", VerdictName(check.Verdict)), new XAttribute("type", VerdictName(check.Verdict)), check.Output));
            }

            suite.Add(testcase);
        }

        if (report.Output.Length > 0)
        {
            suite.Add(new XElement("system-out", report.Output));
        }

        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("testsuites", suite));
        return $"{document.Declaration}\n{document}\n";
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Indent(string text, string prefix) =>
        string.Join("\n", text.TrimEnd('\n').Split('\n').Select(line => prefix + line));
}
