using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CourseKit.Grading.Reports;

namespace CourseKit.Grading.Batch;

/// <summary>
/// A batch's output folder: <c>gradebook.csv</c> and <c>reports/&lt;student&gt;/&lt;exercise&gt;.json</c> (with
/// <c>&lt;exercise&gt;.svg</c> beside it for plot exercises). The JSON reports
/// are the truth (each carries the SHA-256 of the submission it judged); the gradebook is rebuilt from the current
/// ones when a run starts and then appended to as each submission finishes, so it is never duplicated.
/// </summary>
public sealed class BatchOutput : IDisposable
{
    /// <summary>One options object for every report: a new one per call would rebuild its serialization metadata each time.</summary>
    private static readonly JsonSerializerOptions ReportJson = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON field holding the SHA-256 (hex) of the submission's bytes, next to Gradescope's fields.</summary>
    public const string HashField = "submission_sha256";

    /// <summary>The JSON field holding the submission's path below the submissions folder.</summary>
    public const string PathField = "submission";

    private readonly Lock _gate = new();
    private StreamWriter? _gradebook;

    /// <summary>Opens (and creates) the output folder.</summary>
    public BatchOutput(string root)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(Root);
    }

    /// <summary>The output folder.</summary>
    public string Root { get; }

    /// <summary>The gradebook's path.</summary>
    public string GradebookPath => Path.Combine(Root, Gradebook.FileName);

    /// <summary>Where the JSON report of a student's answer to an exercise goes.</summary>
    public string ReportPath(string student, string exerciseId) => Path.Combine(Root, "reports", student, exerciseId + ".json");

    /// <summary>Where the figure of a plot exercise's report goes: beside its JSON report, as <c>&lt;exercise&gt;.svg</c>.</summary>
    public string FigurePath(string student, string exerciseId) => Path.ChangeExtension(ReportPath(student, exerciseId), ".svg");

    /// <summary>SHA-256 of a submission's bytes, in lower-case hex (what <c>sha256sum</c> prints).</summary>
    public static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>
    /// The gradebook row of an earlier run's report when that report judged exactly these bytes; null when there is
    /// none, it is unreadable, or the submission has changed since (so it is graded again).
    /// </summary>
    public GradebookRow? Previous(BatchSubmission submission, string hash)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var path = ReportPath(submission.Student, submission.ExerciseId);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            if ((string?)json[HashField] != hash)
            {
                return null;
            }

            return new GradebookRow(
                submission.Student,
                submission.ExerciseId,
                (double)json["score"]!,
                (double)json["max_score"]!,
                (string)json["status"]!,
                (string)json["verdict"]!,
                (double)json["execution_time"]!);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NullReferenceException or FormatException or IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// Starts a run: rewrites the gradebook with the rows carried over from earlier runs (dropping stale or cut-off
    /// lines), sweeps temporary files a crash left, and opens the gradebook for appending.
    /// </summary>
    public void Begin(IEnumerable<GradebookRow> carriedOver)
    {
        var reports = Path.Combine(Root, "reports");
        if (Directory.Exists(reports))
        {
            foreach (var leftover in Directory.EnumerateFiles(reports, $"*{AtomicFile.TemporaryMarker}*", SearchOption.AllDirectories))
            {
                File.Delete(leftover);
            }
        }

        Gradebook.Write(GradebookPath, carriedOver);
        _gradebook?.Dispose();
        _gradebook = new StreamWriter(new FileStream(GradebookPath, FileMode.Append, FileAccess.Write, FileShare.Read), new UTF8Encoding(false));
    }

    /// <summary>
    /// Records a finished submission: its JSON report first (atomically), then its gradebook line, flushed. A crash
    /// between the two loses nothing: the next run finds the report and writes the line.
    /// </summary>
    public GradebookRow Record(BatchSubmission submission, string hash, GradeReport report)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(report);
        var json = JsonNode.Parse(ReportWriter.Write(report, ReportFormat.Json))!.AsObject();
        json[PathField] = submission.RelativePath;
        json[HashField] = hash;
        var text = json.ToJsonString(ReportJson) + "\n";

        // The figure before the report, which is what marks the submission done: a crash between them regrades it.
        var figure = FigurePath(submission.Student, submission.ExerciseId);
        if (report.Figure is { } svg)
        {
            AtomicFile.Write(figure, svg);
        }
        else if (File.Exists(figure))
        {
            // An earlier version's picture must not pass for this one's.
            File.Delete(figure);
        }

        AtomicFile.Write(ReportPath(submission.Student, submission.ExerciseId), text);

        var row = new GradebookRow(
            submission.Student, submission.ExerciseId, report.Score, report.MaxScore, report.Status,
            ReportWriter.VerdictName(report.Verdict), Math.Round(report.ExecutionTime.TotalSeconds, 3));
        lock (_gate)
        {
            var writer = _gradebook ?? throw new InvalidOperationException("Begin must be called before Record");
            writer.Write(Gradebook.Format(row));
            writer.Flush();
        }

        return row;
    }

    /// <inheritdoc/>
    public void Dispose() => _gradebook?.Dispose();
}
