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
    private const string Example = "write your answer as one number on a line of its own, e.g. `2.5` or `answer = 2.5` (comment lines start with //)";

    /// <summary>Scores the answer all-or-nothing against <c>check.answer</c> within <c>check.tolerance</c> (absolute).</summary>
    public static GradeReport Grade(Exercise exercise, string answer, string? student, string language)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(answer);
        var check = exercise.Checks.Count > 0 ? exercise.Checks[0] : new ExerciseCheck("answer", exercise.Points, CheckVisibility.Visible, 0, []);
        GradeReport Report(Verdict verdict, string output)
        {
            var line = new CheckReport(check.Name, verdict, verdict == Verdict.Passed ? exercise.Points : 0, exercise.Points, check.Visibility, output, null);
            return new GradeReport(exercise.Id, student, verdict, line.Score, exercise.Points, TimeSpan.Zero, "", [line], []);
        }

        if (exercise.Check.Answer is not { } expected)
        {
            return new GradeReport(exercise.Id, student, Verdict.Error, 0, exercise.Points, TimeSpan.Zero,
                $"grader error: the exercise `{exercise.Id}` has no `answer`; run `coursekit check`.", [], []);
        }

        var (got, problem) = Parse(answer);
        if (got is not { } value)
        {
            return Report(Verdict.BadOutput, $"{problem}: {Example}");
        }

        var tolerance = exercise.Check.Tolerance ?? exercise.Check.Atol + (exercise.Check.Rtol * Math.Abs(expected));
        var error = Math.Abs(value - expected);
        if (error <= tolerance)
        {
            return Report(Verdict.Passed, "");
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"expected {expected:R} (within ±{tolerance:G3})\n");
        text.Append(CultureInfo.InvariantCulture, $"got      {value:R}\n");
        text.Append(CultureInfo.InvariantCulture, $"absolute error {error:G3}");
        if (expected != 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", relative error {error / Math.Abs(expected):G3}");
        }

        if (expected != 0 && Math.Abs(value + expected) <= tolerance)
        {
            text.Append("\nhint: your answer has the wrong sign.");
        }

        foreach (var hint in exercise.HintsIn(language))
        {
            text.Append(CultureInfo.InvariantCulture, $"\nhint: {hint.Trim()}");
        }

        return Report(Verdict.Wrong, text.ToString());
    }

    /// <summary>Reads the one number of an answer file; null with the reason when there is none or more than one.</summary>
    public static (double? Value, string? Problem) Parse(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var lines = answer.Split('\n')
            .Select(line => line.Trim().TrimStart('\uFEFF'))
            .Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal) && !line.StartsWith('#'))
            .ToList();
        if (lines.Count == 0)
        {
            return (null, "no answer found");
        }

        if (lines.Count > 1)
        {
            return (null, $"found {lines.Count} lines that are not comments, but a numeric answer is a single number");
        }

        var match = Answer().Match(lines[0]);
        var number = match.Success ? match.Groups["number"].Value.Replace('−', '-') : "";
        return match.Success && double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? (value, null)
            : (null, $"`{Shorten(lines[0])}` is not a number");
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    // An optional `name =` or `name:` before the number, an optional `;` and comment after it.
    [GeneratedRegex(@"^(?:[A-Za-z_][A-Za-z0-9_]*\s*[=:]\s*)?(?<number>[+\-−]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+\-]?\d+)?)\s*;?\s*(?://.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Answer();
}
