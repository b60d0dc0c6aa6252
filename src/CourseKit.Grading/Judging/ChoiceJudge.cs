using CourseKit.Content.Model;
using CourseKit.Grading.Reports;

namespace CourseKit.Grading.Judging;

/// <summary>
/// Grades a choice exercise. The learner's file names the chosen option keys (<c>b</c>, or <c>a, c</c> for several);
/// lines starting with <c>//</c> or <c>#</c> are comments. Nothing is executed: the file is only read as text.
/// </summary>
public static class ChoiceJudge
{
    /// <summary>Scores the answer all-or-nothing against the exercise's set of right keys.</summary>
    public static GradeReport Grade(Exercise exercise, string answer, string? student, string language)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(answer);
        var keys = exercise.Check.Options.Select(o => o.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var chosen = answer.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal) && !line.StartsWith('#'))
            .SelectMany(line => line.Split([',', ' ', '\t', ';'], StringSplitOptions.RemoveEmptyEntries))
            .Select(key => key.Trim().TrimEnd(')', '.').ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var right = exercise.Check.Answers.Select(a => a.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var check = exercise.Checks.Count > 0 ? exercise.Checks[0] : new ExerciseCheck("answer", exercise.Points, CheckVisibility.Visible, 0, []);
        var words = ReportText.For(language);

        CheckReport Line(Verdict verdict, string output) =>
            new(check.Name, verdict, verdict == Verdict.Passed ? exercise.Points : 0, exercise.Points, check.Visibility, output, null) { Title = words.CheckName(check) };

        var unknown = chosen.Where(k => !keys.Contains(k)).ToList();
        CheckReport line;
        if (chosen.Count == 0 || unknown.Count > 0)
        {
            var options = exercise.Check.Options.Select(o => o.Key).ToList();
            line = Line(Verdict.BadOutput, chosen.Count == 0 ? words.NoChoice(options) : words.NotOptions(unknown, options));
        }
        else if (right.SetEquals(chosen))
        {
            line = Line(Verdict.Passed, "");
        }
        else
        {
            var text = words.WrongChoice(chosen, right.Count) + string.Concat(exercise.HintsIn(language).Select(h => "\n" + words.Hint(h.Trim())));

            line = Line(Verdict.Wrong, text);
        }

        return new GradeReport(exercise.Id, student, line.Verdict, line.Score, exercise.Points, TimeSpan.Zero, "", [line], []) { Language = words.Language };
    }
}
