using System.Globalization;
using System.Text;

namespace CourseKit.Content.Diagnostics;

/// <summary>
/// One problem found in a course, pinned to a file and a 1-based line and column so an editor can jump to it.
/// </summary>
/// <param name="Code">Stable code such as <c>CK012</c>; the table is in docs/AUTHORING.md.</param>
/// <param name="Severity">Error, warning or info.</param>
/// <param name="File">Path relative to the course root, with forward slashes (e.g. <c>content/course.yml</c>).</param>
/// <param name="Line">1-based line; 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
/// <param name="Message">What is wrong, in the author's terms.</param>
/// <param name="Fix">How to fix it, when there is a likely fix (e.g. "did you mean `rtol`?").</param>
public sealed record Diagnostic(
    string Code,
    DiagnosticSeverity Severity,
    string File,
    int Line,
    int Column,
    string Message,
    string? Fix = null)
{
    /// <summary>True when this diagnostic is an error.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Formats the diagnostic the way compilers do: <c>file(line,col): error CK012: message — fix</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(File.Length + Message.Length + 40);
        text.Append(File);
        if (Line > 0)
        {
            text.Append('(').Append(Line.ToString(CultureInfo.InvariantCulture));
            if (Column > 0)
            {
                text.Append(',').Append(Column.ToString(CultureInfo.InvariantCulture));
            }

            text.Append(')');
        }

        text.Append(": ").Append(SeverityName(Severity)).Append(' ').Append(Code).Append(": ").Append(Message);
        if (!string.IsNullOrEmpty(Fix))
        {
            text.Append(" — ").Append(Fix);
        }

        return text.ToString();
    }

    /// <summary>The lower-case word compilers print for a severity (<c>error</c>, <c>warning</c>, <c>info</c>).</summary>
    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
