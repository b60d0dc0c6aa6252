namespace CourseKit.Grading.Compiling;

/// <summary>
/// What the compile stage produced: either an assembly ready to run, or an outcome
/// (<see cref="Outcome.CompileError"/>, <see cref="Outcome.ForbiddenApi"/>, <see cref="Outcome.MissingEntry"/>)
/// with diagnostics at the learner's lines.
/// </summary>
public sealed record CompileResult
{
    /// <summary>The emitted submission, or null when compiling stopped.</summary>
    public CompiledSubmission? Compiled { get; init; }

    /// <summary>Why it stopped; <see cref="Outcome.Returned"/> when <see cref="Compiled"/> is set.</summary>
    public Outcome Outcome { get; init; }

    /// <summary>Errors or violations, in source order.</summary>
    public IReadOnlyList<GradingDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>Wall-clock time of the whole stage.</summary>
    public TimeSpan Elapsed { get; init; }

    internal static CompileResult Failed(Outcome outcome, params GradingDiagnostic[] diagnostics) =>
        new() { Outcome = outcome, Diagnostics = diagnostics };
}
