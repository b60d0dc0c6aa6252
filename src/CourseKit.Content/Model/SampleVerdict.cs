namespace CourseKit.Content.Model;

/// <summary>The verdict a sample submission in graders/ promises by its file-name prefix.</summary>
public enum SampleVerdict
{
    /// <summary><c>correct-*.csx</c>: full marks.</summary>
    Passed,

    /// <summary><c>wrong-*.csx</c>: runs but gives wrong values.</summary>
    Wrong,

    /// <summary><c>compile-error-*.csx</c></summary>
    CompileError,

    /// <summary><c>forbidden-*.csx</c>: uses a forbidden identifier or API.</summary>
    ForbiddenApi,

    /// <summary><c>missing-entry-*.csx</c>: does not define the entry.</summary>
    MissingEntry,

    /// <summary><c>bad-output-*.csx</c>: returns null, NaN, ∞ or the wrong length.</summary>
    BadOutput,

    /// <summary><c>timeout-*.csx</c></summary>
    Timeout,

    /// <summary><c>memory-limit-*.csx</c></summary>
    MemoryLimit,

    /// <summary><c>crashed-*.csx</c>: the runner process dies (stack overflow, …).</summary>
    Crashed,
}
