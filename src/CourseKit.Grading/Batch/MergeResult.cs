namespace CourseKit.Grading.Batch;

/// <summary>What merging gradebooks gave: the joined rows, or the conflicts that stopped it.</summary>
/// <param name="Rows">Every distinct (student, exercise) row, in input order; empty when there were conflicts.</param>
/// <param name="Duplicates">Rows seen more than once with the same result, kept once.</param>
/// <param name="Conflicts">One line per (student, exercise) whose results disagree, naming both gradebooks.</param>
public sealed record MergeResult(IReadOnlyList<GradebookRow> Rows, int Duplicates, IReadOnlyList<string> Conflicts);
