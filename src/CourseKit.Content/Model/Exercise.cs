namespace CourseKit.Content.Model;

/// <summary>A graded exercise, loaded from <c>content/&lt;chapter&gt;/exercises/&lt;id&gt;.yml</c>.</summary>
/// <param name="Id">Unique kebab-case id; learners pass it to <c>grade --exercise</c>.</param>
/// <param name="Kind">What is asked.</param>
/// <param name="Title">Title per language.</param>
/// <param name="Prompt">Markdown prompt per language.</param>
/// <param name="Points">Total points (the sum of the checks' points).</param>
/// <param name="Entry">The method the learner defines; null for choice, numeric and manual.</param>
/// <param name="Starter">Starter C# given to the learner, or empty.</param>
/// <param name="Check">How it is judged.</param>
/// <param name="Hints">Hints per language, in order.</param>
/// <param name="Checks">Scored checks (one <c>correct</c> check with all points when none are listed).</param>
/// <param name="ChapterSlug">The chapter it belongs to.</param>
/// <param name="File">Course-relative path of its YAML file.</param>
/// <param name="Grader">Its graders/ folder (instructor only).</param>
public sealed record Exercise(
    string Id,
    ExerciseKind Kind,
    LocalizedText Title,
    LocalizedText Prompt,
    double Points,
    EntrySignature? Entry,
    string Starter,
    CheckSpec Check,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Hints,
    IReadOnlyList<ExerciseCheck> Checks,
    string ChapterSlug,
    string File,
    GraderFolder Grader)
{
    /// <summary>The hints in <paramref name="language"/>, or the English ones when that translation has none.</summary>
    public IReadOnlyList<string> HintsIn(string language) =>
        Hints.TryGetValue(language, out var hints) || Hints.TryGetValue("en", out hints) ? hints : [];
}
