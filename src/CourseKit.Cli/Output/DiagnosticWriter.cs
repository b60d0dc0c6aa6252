using System.Text.Json;
using CourseKit.Content.Diagnostics;
using CourseKit.Content.Verification;

namespace CourseKit.Cli.Output;

/// <summary>Prints a check report compiler-style (one line per diagnostic, then a summary) or as JSON.</summary>
internal static class DiagnosticWriter
{
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";
    private const string Green = "\u001b[32m";
    private const string Reset = "\u001b[0m";

    public static void WriteText(CliConsole console, CheckReport report)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            var line = diagnostic.ToString();
            if (console.UseColor)
            {
                var word = Diagnostic.SeverityName(diagnostic.Severity);
                var color = diagnostic.Severity switch
                {
                    DiagnosticSeverity.Error => Red,
                    DiagnosticSeverity.Warning => Yellow,
                    _ => Cyan,
                };
                var at = line.IndexOf($": {word} {diagnostic.Code}", StringComparison.Ordinal);
                if (at >= 0)
                {
                    line = line[..(at + 2)] + color + word + Reset + line[(at + 2 + word.Length)..];
                }
            }

            console.Out.WriteLine(line);
        }

        var course = report.Loaded.Course;
        var summary =
            $"{Plural(report.Errors, "error")}, {Plural(report.Warnings, "warning")}, {Plural(report.Infos, "info")} "
            + $"in {Plural(course.Chapters.Count, "chapter")} and {Plural(course.Exercises.Count(), "exercise")}";
        var verdict = report.Errors == 0 ? "check passed" : "check failed";
        if (console.UseColor)
        {
            verdict = (report.Errors == 0 ? Green : Red) + verdict + Reset;
        }

        console.Out.WriteLine($"{verdict}: {summary}");
    }

    public static void WriteJson(CliConsole console, CheckReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteBoolean("passed", report.Errors == 0);
            json.WriteNumber("errors", report.Errors);
            json.WriteNumber("warnings", report.Warnings);
            json.WriteNumber("infos", report.Infos);
            json.WriteNumber("chapters", report.Loaded.Course.Chapters.Count);
            json.WriteNumber("exercises", report.Loaded.Course.Exercises.Count());
            json.WriteStartArray("diagnostics");
            foreach (var d in report.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("code", d.Code);
                json.WriteString("severity", Diagnostic.SeverityName(d.Severity));
                json.WriteString("file", d.File);
                json.WriteNumber("line", d.Line);
                json.WriteNumber("column", d.Column);
                json.WriteString("message", d.Message);
                if (d.Fix is null)
                {
                    json.WriteNull("fix");
                }
                else
                {
                    json.WriteString("fix", d.Fix);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Plural(int count, string word) => count == 1 ? $"1 {word}" : $"{count} {word}s";
}
