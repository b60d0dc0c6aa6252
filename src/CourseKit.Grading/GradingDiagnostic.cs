namespace CourseKit.Grading;

/// <summary>A message about the learner's own file, at the learner's line and column (1-based).</summary>
/// <param name="Line">1-based line in the submission, or 0 when the message concerns the whole file.</param>
/// <param name="Column">1-based column, or 0.</param>
/// <param name="Code">A stable identifier: a Roslyn id such as CS1002, or CK0001.. for the grader's own rules.</param>
/// <param name="Message">The text, free of internal paths.</param>
public sealed record GradingDiagnostic(int Line, int Column, string Code, string Message)
{
    /// <summary>"line 3: System.IO.File is not available in exercises".</summary>
    public override string ToString() => Line > 0 ? $"line {Line}: {Message}" : Message;
}
