namespace CourseKit.Grading.Batch;

/// <summary>What <see cref="SubmissionFinder"/> found: the submissions to grade, and files it had to leave out and why.</summary>
/// <param name="Submissions">Gradable submissions, ordered by relative path.</param>
/// <param name="Problems">One line per file left out (no exercise named, a second answer to the same exercise).</param>
public sealed record SubmissionScan(IReadOnlyList<BatchSubmission> Submissions, IReadOnlyList<string> Problems);
