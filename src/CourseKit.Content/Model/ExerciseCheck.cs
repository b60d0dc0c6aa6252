namespace CourseKit.Content.Model;

/// <summary>One scored check of an exercise (<c>checks:</c> list): what the learner sees as a line of the report.</summary>
/// <param name="Name">Shown in the report.</param>
/// <param name="Points">Points it is worth.</param>
/// <param name="Visibility">When the learner sees its result.</param>
/// <param name="Samples">Drawn inputs for this check (the exercise's <c>samples</c> when absent); 0 when only fixed cases run.</param>
/// <param name="Cases">Fixed argument lists tried before the drawn ones, each as YAML text per argument.</param>
public sealed record ExerciseCheck(
    string Name,
    double Points,
    CheckVisibility Visibility,
    int Samples,
    IReadOnlyList<IReadOnlyList<string>> Cases);
