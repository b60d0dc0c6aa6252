namespace CourseKit.Site.Cells;

/// <summary>Why a cell failed: the line (1-based, within the cell) when the compiler gave one, and the message.</summary>
/// <param name="IsCompileError">True for a compile error, false for an exception while running or a timeout.</param>
/// <param name="Line">1-based line within the cell's code; null when unknown.</param>
/// <param name="Column">1-based column; null when unknown.</param>
/// <param name="Message">The compiler's message, or the exception's type and message.</param>
public sealed record CellFailure(bool IsCompileError, int? Line, int? Column, string Message)
{
    /// <summary>True when the cell was still running at its time limit (and was abandoned, not stopped).</summary>
    public bool TimedOut { get; init; }
}
