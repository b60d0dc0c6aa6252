namespace CourseKit.Content.Model;

/// <summary>One scored check of an exercise (<c>checks:</c> list): what the learner sees as a line of the report.</summary>
/// <param name="Name">The English name: shown in English reports, and the check's identity (unique in its exercise).</param>
/// <param name="Points">Points it is worth.</param>
/// <param name="Visibility">When the learner sees its result.</param>
/// <param name="Samples">Drawn inputs for this check (the exercise's <c>samples</c> when absent); 0 when only fixed cases run.</param>
/// <param name="Cases">Fixed argument lists tried before the drawn ones, each as YAML text per argument.</param>
public sealed record ExerciseCheck(
    string Name,
    double Points,
    CheckVisibility Visibility,
    int Samples,
    IReadOnlyList<IReadOnlyList<string>> Cases)
{
    /// <summary>
    /// The name per language when the YAML gives <c>name: {en: …, zh: …}</c>; empty when it gives one string, which is
    /// then the English name for every language.
    /// </summary>
    public LocalizedText Names { get; init; } = LocalizedText.Empty;

    /// <summary>The name in <paramref name="language"/>, falling back to the English <see cref="Name"/>.</summary>
    public string NameIn(string language) => Names.ByLanguage.TryGetValue(language, out var name) ? name : Name;
}
