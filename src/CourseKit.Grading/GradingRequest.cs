namespace CourseKit.Grading;

/// <summary>One submission to compile, gate and run against a list of inputs.</summary>
public sealed record GradingRequest
{
    /// <summary>The learner's script.</summary>
    public required Submission Submission { get; init; }

    /// <summary>The method to call.</summary>
    public required EntryPoint EntryPoint { get; init; }

    /// <summary>One argument list per call; each list matches <see cref="EntryPoint.Parameters"/>.</summary>
    public required IReadOnlyList<IReadOnlyList<RawValue>> Inputs { get; init; }

    /// <summary>Identifiers this exercise forbids, e.g. <c>Cos</c> when the task is to differentiate sin.</summary>
    public IReadOnlyList<string> ForbiddenIdentifiers { get; init; } = [];

    /// <summary>Time, memory and output limits.</summary>
    public GradingLimits Limits { get; init; } = new();
}
