using System.Globalization;
using System.Text;

namespace CourseKit.Grading.Batch;

/// <summary>The gradebook CSV (RFC 4180: comma-separated, CRLF, fields quoted when they hold a comma, quote or line break).</summary>
public static class Gradebook
{
    /// <summary>The file name in an output folder.</summary>
    public const string FileName = "gradebook.csv";

    /// <summary>The header line's fields.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["student", "exercise", "score", "max_score", "status", "verdict", "seconds"];

    /// <summary>The header line, with its line break.</summary>
    public static string Header => Line(Columns);

    /// <summary>One row as a CSV line, with its line break.</summary>
    public static string Format(GradebookRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Line([
            row.Student, row.Exercise, Number(row.Score), Number(row.MaxScore), row.Status, row.Verdict,
            row.Seconds.ToString("0.000", CultureInfo.InvariantCulture)]);
    }

    /// <summary>Reads a gradebook; a last line cut short by a crash is dropped, any other malformed line is an error.</summary>
    /// <exception cref="FormatException">The file is not a gradebook; the message names the line.</exception>
    public static IReadOnlyList<GradebookRow> Read(string path)
    {
        var records = Parse(File.ReadAllText(path, Encoding.UTF8), out var complete);
        if (records.Count == 0 || !records[0].SequenceEqual(Columns))
        {
            throw new FormatException($"{path}: the first line is not the gradebook header '{string.Join(',', Columns)}'");
        }

        var rows = new List<GradebookRow>(records.Count);
        for (var i = 1; i < records.Count; i++)
        {
            var fields = records[i];
            if (fields is [""])
            {
                continue;
            }

            var cutShort = i == records.Count - 1 && !complete;
            if (fields.Count != Columns.Count
                || !TryNumber(fields[2], out var score) || !TryNumber(fields[3], out var max) || !TryNumber(fields[6], out var seconds))
            {
                if (cutShort)
                {
                    break;
                }

                throw new FormatException($"{path}: line {i + 1} is not a gradebook row ({fields.Count} fields)");
            }

            rows.Add(new GradebookRow(fields[0], fields[1], score, max, fields[4], fields[5], seconds));
        }

        return rows;
    }

    /// <summary>Writes a whole gradebook at once, through a temporary file so readers never see half of it.</summary>
    public static void Write(string path, IEnumerable<GradebookRow> rows)
    {
        var text = new StringBuilder(Header);
        foreach (var row in rows)
        {
            text.Append(Format(row));
        }

        AtomicFile.Write(path, text.ToString());
    }

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static string Line(IEnumerable<string> fields) => string.Join(',', fields.Select(Quote)) + "\r\n";

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>RFC 4180 records; <paramref name="complete"/> is false when the text ends inside a quoted field or without a line break.</summary>
    private static List<List<string>> Parse(string text, out bool complete)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                field.Append(c);
            }

            i++;
        }

        complete = !quoted && field.Length == 0 && record.Count == 0;
        if (!complete)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}
