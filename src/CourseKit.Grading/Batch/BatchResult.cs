namespace CourseKit.Grading.Batch;

/// <summary>One submission done: its gradebook row, and whether it was graded now or carried over from an earlier run.</summary>
/// <param name="Submission">The submission.</param>
/// <param name="Row">Its gradebook row.</param>
/// <param name="CarriedOver">True when an earlier run's report of the same bytes was kept instead of grading again.</param>
public sealed record BatchResult(BatchSubmission Submission, GradebookRow Row, bool CarriedOver);
