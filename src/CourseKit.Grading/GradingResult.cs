namespace CourseKit.Grading;

/// <summary>
/// Everything one run produced, as data: an overall outcome, diagnostics at the learner's lines, one
/// result per input, the learner's captured output and how it was isolated.
/// </summary>
public sealed record GradingResult
{
    /// <summary><see cref="Outcome.Returned"/> when every call returned; otherwise the first failure.</summary>
    public required Outcome Outcome { get; init; }

    /// <summary>Compile errors or gate violations, in source order.</summary>
    public IReadOnlyList<GradingDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>One per input, in order; calls after a fatal failure are <see cref="Outcome.NotRun"/>.</summary>
    public IReadOnlyList<CallResult> Calls { get; init; } = [];

    /// <summary>For a crash, refusal or top-level failure: what happened, e.g. "stack overflow".</summary>
    public string? Cause { get; init; }

    /// <summary>The learner's stdout, up to the cap.</summary>
    public string Stdout { get; init; } = string.Empty;

    /// <summary>The learner's stderr (and the runtime's last words), up to the cap.</summary>
    public string Stderr { get; init; } = string.Empty;

    /// <summary>True when stdout or stderr went past the cap and was cut.</summary>
    public bool OutputTruncated { get; init; }

    /// <summary>Things the reader must know about how this ran, above all that it ran without the jail.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>True when the worker ran inside the bubblewrap jail.</summary>
    public bool Sandboxed { get; init; }

    /// <summary>Time spent compiling and gating.</summary>
    public TimeSpan CompileTime { get; init; }

    /// <summary>Time from starting the worker to its end.</summary>
    public TimeSpan RunTime { get; init; }

    /// <summary>The process id of the started worker (or of its jail), so tests can check nothing of it is left.</summary>
    internal int WorkerProcessId { get; init; }
}
