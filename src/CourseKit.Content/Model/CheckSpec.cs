namespace CourseKit.Content.Model;

/// <summary>
/// How an exercise is judged (<c>check:</c>): the reference, how inputs are drawn, tolerances and limits, plus the
/// keys only some kinds use. Course grading defaults are already applied.
/// </summary>
/// <param name="Reference">The reference solution (function kinds), or null.</param>
/// <param name="Inputs">Per-parameter input domains, keyed by parameter name.</param>
/// <param name="Samples">Inputs drawn per check.</param>
/// <param name="Rtol">Relative tolerance.</param>
/// <param name="Atol">Absolute tolerance.</param>
/// <param name="Forbid">Identifiers the learner's code may not use.</param>
/// <param name="TimeLimit">Wall-clock limit for one submission.</param>
/// <param name="Options">Choice exercises: the options.</param>
/// <param name="Answers">Choice exercises: the keys of the right options.</param>
/// <param name="Answer">Numeric exercises: the expected number.</param>
/// <param name="Tolerance">Numeric exercises: the absolute tolerance.</param>
/// <param name="Plot">Plot exercises: what the figure must show.</param>
public sealed record CheckSpec(
    ReferenceSource? Reference,
    IReadOnlyDictionary<string, InputDomain> Inputs,
    int Samples,
    double Rtol,
    double Atol,
    IReadOnlyList<string> Forbid,
    TimeSpan TimeLimit,
    IReadOnlyList<ChoiceOption> Options,
    IReadOnlyList<string> Answers,
    double? Answer,
    double? Tolerance,
    PlotExpectations? Plot)
{
    /// <summary>
    /// <c>inputs: drawn</c>: the reference draws its own samples with <c>(object[] Arguments, double[] Truth) Draw(Random random)</c>,
    /// each with its truth, for inputs that must be made together (the parts of one random composition).
    /// </summary>
    public bool InputsDrawn { get; init; }
}
