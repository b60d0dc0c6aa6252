namespace CourseKit.Grading.Reports;

/// <summary>The verdict of one check or of a whole submission, in the words the learner reads.</summary>
public enum Verdict
{
    /// <summary>Every value within tolerance.</summary>
    Passed,

    /// <summary>Ran and returned values, but not the right ones.</summary>
    Wrong,

    /// <summary>Did not compile.</summary>
    CompileError,

    /// <summary>Uses an API or identifier the exercise does not allow.</summary>
    ForbiddenApi,

    /// <summary>Does not define the entry method with the right signature.</summary>
    MissingEntry,

    /// <summary>Returned null, NaN, ∞ or the wrong number of values.</summary>
    BadOutput,

    /// <summary>Ran past its time limit.</summary>
    Timeout,

    /// <summary>Ran past its memory limit.</summary>
    MemoryLimit,

    /// <summary>Threw, or the process died (stack overflow, exit, fail-fast); the cause says which.</summary>
    Crashed,

    /// <summary>The grader could not judge it (a problem on the course's side, not the learner's).</summary>
    Error,

    /// <summary>Recorded for the instructor, who grades it by hand (manual exercises); no points yet.</summary>
    Pending,
}
