namespace CourseKit.Grading;

/// <summary>Whether the worker must run inside the OS jail.</summary>
public enum SandboxPolicy
{
    /// <summary>Jail when bubblewrap works here; otherwise run process-isolated and say so in every result.</summary>
    PreferSandbox,

    /// <summary>Refuse to run learner code when the jail is not available.</summary>
    RequireSandbox,
}
