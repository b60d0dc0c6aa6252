namespace CourseKit.Grading;

/// <summary>How a submission, or one call into it, ended. Everything but <see cref="Returned"/> is a failure.</summary>
public enum Outcome
{
    /// <summary>The call returned a value of the expected kind (whether it is right is the judge's question).</summary>
    Returned,

    /// <summary>The script did not compile, or was refused before compiling (too large, too slow to compile).</summary>
    CompileError,

    /// <summary>The script uses an API outside the exercise allowlist.</summary>
    ForbiddenApi,

    /// <summary>The script has no method with the entry point's name and signature.</summary>
    MissingEntry,

    /// <summary>The call returned null, a wrong type or an oversized value.</summary>
    BadOutput,

    /// <summary>The call (or the script's top-level code) threw an exception.</summary>
    Threw,

    /// <summary>A wall-clock limit ran out and the worker was killed.</summary>
    Timeout,

    /// <summary>The managed heap limit was reached.</summary>
    MemoryLimit,

    /// <summary>The worker died on its own: stack overflow, fail-fast, exit; see the cause.</summary>
    Crashed,

    /// <summary>Not run because an earlier call or stage failed.</summary>
    NotRun,

    /// <summary>The grader refused to run it: a sandbox was required and is not available.</summary>
    Refused,
}
