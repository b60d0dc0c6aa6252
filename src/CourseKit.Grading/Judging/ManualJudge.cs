using System.Globalization;
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
    public static GradeReport Grade(Exercise exercise, string answer, string? student)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(answer);
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
            var empty = new CheckReport(check.Name, Verdict.BadOutput, 0, exercise.Points, check.Visibility,
                "the answer is empty: write it in the file (any text; a first line `// exercise: <id>` is allowed)", null);
            return new GradeReport(exercise.Id, student, Verdict.BadOutput, 0, exercise.Points, TimeSpan.Zero, "", [empty], []);
        }

        var words = content.Sum(line => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        var recorded = string.Create(CultureInfo.InvariantCulture, $"recorded for your instructor, who grades this exercise by hand ({words} word{(words == 1 ? "" : "s")} on {content.Count} line{(content.Count == 1 ? "" : "s")}); no points until then");
        var line = new CheckReport(check.Name, Verdict.Pending, 0, exercise.Points, check.Visibility, recorded, null);
        return new GradeReport(exercise.Id, student, Verdict.Pending, 0, exercise.Points, TimeSpan.Zero, "awaits manual grading", [line], []);
    }

    // The `// exercise: <id>` line only names the exercise; it is not part of the answer.
    private static bool SubmissionLine(string line) => Batch.SubmissionFinder.ExerciseNamedIn(line) is null;
}
