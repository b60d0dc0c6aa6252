namespace CourseKit.Cli;

/// <summary>The exit codes every coursekit command uses.</summary>
public static class ExitCodes
{
    /// <summary>Done, nothing wrong.</summary>
    public const int Success = 0;

    /// <summary>The course has errors, or the command could not do what was asked.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong (unknown option, missing argument, no course found).</summary>
    public const int Usage = 2;
}
