using CourseKit.Content.Model;
using CourseKit.Grading.Judging;

namespace CourseKit.Grading.Reports;

/// <summary>One line of a report: a named, scored check with what went wrong and a hint.</summary>
/// <param name="Name">The check's English name from the exercise: its stable identity in JUnit and JSON (<c>check</c>).</param>
/// <param name="Verdict">Its verdict.</param>
/// <param name="Score">Points earned.</param>
/// <param name="MaxScore">Points possible.</param>
/// <param name="Visibility">When the learner may see it (Gradescope's visible, hidden, after_due).</param>
/// <param name="Output">The explanation: input, expected against got, errors, hint; empty when passed.</param>
/// <param name="Mistake">The analysis behind a wrong answer, when values were compared.</param>
public sealed record CheckReport(
    string Name,
    Verdict Verdict,
    double Score,
    double MaxScore,
    CheckVisibility Visibility,
    string Output,
    Mistake? Mistake)
{
    /// <summary>The name the learner reads, in the report's language; <see cref="Name"/> unless a judge set another.</summary>
    public string Title
    {
        get => field ?? Name;
        init;
    }
}
