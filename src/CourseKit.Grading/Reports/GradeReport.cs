namespace CourseKit.Grading.Reports;

/// <summary>Everything a learner or a gradebook needs to know about one graded submission.</summary>
/// <param name="ExerciseId">The exercise.</param>
/// <param name="Student">The student id when given (it also seeds the drawn inputs).</param>
/// <param name="Verdict">Passed only when every check passed; otherwise the first failing check's verdict.</param>
/// <param name="Score">Points earned.</param>
/// <param name="MaxScore">Points possible.</param>
/// <param name="ExecutionTime">Wall time from compile to verdict.</param>
/// <param name="Output">Text for the whole submission: compile errors, the learner's printed output, warnings.</param>
/// <param name="Checks">One report per check, in the exercise's order.</param>
/// <param name="Warnings">How it ran that a reader must know, such as running without the OS jail.</param>
public sealed record GradeReport(
    string ExerciseId,
    string? Student,
    Verdict Verdict,
    double Score,
    double MaxScore,
    TimeSpan ExecutionTime,
    string Output,
    IReadOnlyList<CheckReport> Checks,
    IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// Passed, failed, error (the grader could not judge) or pending (awaits the instructor's manual grading), as
    /// Gradescope and batch gradebooks name it.
    /// </summary>
    public string Status => StatusOf(Verdict);

    /// <summary>
    /// The language of the report's words (<c>en</c>, <c>zh</c>): its check titles, outputs and, in text, its frame. The
    /// machine-readable fields (status, verdict, visibility) stay English whatever it is; see docs/GRADING.md.
    /// </summary>
    public string Language { get; init; } = ReportText.English.Language;

    /// <summary>
    /// For plot exercises, the learner's figure as SVG (rendered by the worker, checked to hold no script), which the
    /// <c>grade</c> command and batch grading save next to the report; null otherwise.
    /// </summary>
    public string? Figure { get; init; }

    /// <summary>The status of a verdict, as <see cref="Status"/> names it.</summary>
    public static string StatusOf(Verdict verdict) => verdict switch
    {
        Verdict.Passed => "passed",
        Verdict.Error => "error",
        Verdict.Pending => "pending",
        _ => "failed",
    };
}
