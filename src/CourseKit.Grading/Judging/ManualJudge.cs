using CourseKit.Content.Model;
using CourseKit.Grading.Reports;

namespace CourseKit.Grading.Judging;

/// <summary>
/// Records a manual exercise's answer for the instructor: nothing is executed or scored, the report says the answer
/// awaits manual grading (verdict <see cref="Verdict.Pending"/>, status <c>pending</c>, 0 of the exercise's points).
/// </summary>
public static class ManualJudge
{
    /// <summary>A pending report for a non-empty answer; an empty one is bad output, so the learner knows nothing was handed in.</summary>
    /// <param name="exercise">The manual exercise.</param>
    /// <param name="answer">The learner's file, read as text.</param>
    /// <param name="student">The student id, when given.</param>
    /// <param name="language">The language of the report's words.</param>
    public static GradeReport Grade(Exercise exercise, string answer, string? student, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(answer);
        var words = ReportText.For(language);
        // The loader's stand-in `correct` check would read oddly on an answer nobody has judged yet.
        var check = exercise.Checks is [{ Name: not "correct" } listed, ..]
            ? listed
            : new ExerciseCheck("manual", exercise.Points, exercise.Checks.Count > 0 ? exercise.Checks[0].Visibility : CheckVisibility.Visible, 0, []);
        var content = answer.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && SubmissionLine(line))
            .ToList();
        if (content.Count == 0)
        {
            var empty = new CheckReport(check.Name, Verdict.BadOutput, 0, exercise.Points, check.Visibility, words.ManualEmpty, null)
            {
                Title = words.CheckName(check),
            };
            return new GradeReport(exercise.Id, student, Verdict.BadOutput, 0, exercise.Points, TimeSpan.Zero, "", [empty], []) { Language = words.Language };
        }

        var count = content.Sum(line => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        var line = new CheckReport(check.Name, Verdict.Pending, 0, exercise.Points, check.Visibility, words.ManualRecorded(count, content.Count), null)
        {
            Title = words.CheckName(check),
        };
        return new GradeReport(exercise.Id, student, Verdict.Pending, 0, exercise.Points, TimeSpan.Zero, words.AwaitsManualGrading, [line], [])
        {
            Language = words.Language,
        };
    }

    // The `// exercise: <id>` line only names the exercise; it is not part of the answer.
    private static bool SubmissionLine(string line) => Batch.SubmissionFinder.ExerciseNamedIn(line) is null;
}
