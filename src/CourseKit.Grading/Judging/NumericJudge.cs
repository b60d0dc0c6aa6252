using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CourseKit.Content.Model;
using CourseKit.Grading.Reports;

namespace CourseKit.Grading.Judging;

/// <summary>
/// Grades a numeric exercise. The learner's file holds one number (<c>2</c>, <c>-0.25</c>, <c>1e-3</c>), optionally as
/// <c>answer = 2</c> or with a trailing <c>;</c>; blank lines and comment lines (<c>//</c>, <c>#</c>) are ignored.
/// Nothing is executed: the file is only read as text, and the number must be within the exercise's tolerance.
/// </summary>
public static partial class NumericJudge
{
    /// <summary>Scores the answer all-or-nothing against <c>check.answer</c> within <c>check.tolerance</c> (absolute).</summary>
    public static GradeReport Grade(Exercise exercise, string answer, string? student, string language)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(answer);
        var words = ReportText.For(language);
        var check = exercise.Checks.Count > 0 ? exercise.Checks[0] : new ExerciseCheck("answer", exercise.Points, CheckVisibility.Visible, 0, []);
        GradeReport Report(Verdict verdict, string output)
        {
            var line = new CheckReport(check.Name, verdict, verdict == Verdict.Passed ? exercise.Points : 0, exercise.Points, check.Visibility, output, null)
            {
                Title = words.CheckName(check),
            };
            return new GradeReport(exercise.Id, student, verdict, line.Score, exercise.Points, TimeSpan.Zero, "", [line], []) { Language = words.Language };
        }

        if (exercise.Check.Answer is not { } expected)
        {
            return new GradeReport(exercise.Id, student, Verdict.Error, 0, exercise.Points, TimeSpan.Zero,
                words.GraderError($"the exercise `{exercise.Id}` has no `answer`; run `coursekit check`."), [], [])
            { Language = words.Language };
        }

        var (got, problem) = Parse(answer, words);
        if (got is not { } value)
        {
            return Report(Verdict.BadOutput, words.Unreadable(problem!));
        }

        var tolerance = exercise.Check.Tolerance ?? exercise.Check.Atol + (exercise.Check.Rtol * Math.Abs(expected));
        var error = Math.Abs(value - expected);
        if (error <= tolerance)
        {
            return Report(Verdict.Passed, "");
        }

        var text = new StringBuilder();
        text.Append(words.ExpectedWithin(expected, tolerance)).Append('\n');
        text.Append(words.Got(value.ToString("R", CultureInfo.InvariantCulture))).Append('\n');
        text.Append(words.AbsoluteError(error));
        if (expected != 0)
        {
            text.Append(words.RelativeErrorAfter(error / Math.Abs(expected)));
        }

        if (expected != 0 && Math.Abs(value + expected) <= tolerance)
        {
            text.Append('\n').Append(words.Hint(words.NumericWrongSign));
        }

        foreach (var hint in exercise.HintsIn(language))
        {
            text.Append('\n').Append(words.Hint(hint.Trim()));
        }

        return Report(Verdict.Wrong, text.ToString());
    }

    /// <summary>Reads the one number of an answer file; null with the reason (in English) when there is none or more than one.</summary>
    public static (double? Value, string? Problem) Parse(string answer) => Parse(answer, ReportText.English);

    private static (double? Value, string? Problem) Parse(string answer, ReportText words)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var lines = answer.Split('\n')
            .Select(line => line.Trim().TrimStart('\uFEFF'))
            .Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal) && !line.StartsWith('#'))
            .ToList();
        if (lines.Count == 0)
        {
            return (null, words.NoAnswer);
        }

        if (lines.Count > 1)
        {
            return (null, words.SeveralLines(lines.Count));
        }

        var match = Answer().Match(lines[0]);
        var number = match.Success ? match.Groups["number"].Value.Replace('−', '-') : "";
        return match.Success && double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? (value, null)
            : (null, words.NotANumber(Shorten(lines[0])));
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    // An optional `name =` or `name:` before the number, an optional `;` and comment after it.
    [GeneratedRegex(@"^(?:[A-Za-z_][A-Za-z0-9_]*\s*[=:]\s*)?(?<number>[+\-−]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+\-]?\d+)?)\s*;?\s*(?://.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Answer();
}
