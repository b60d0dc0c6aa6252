namespace CourseKit.Grading.Batch;

/// <summary>One line of a gradebook: a student's result on one exercise.</summary>
/// <param name="Student">The student id.</param>
/// <param name="Exercise">The exercise id.</param>
/// <param name="Score">Points earned.</param>
/// <param name="MaxScore">Points possible.</param>
/// <param name="Status">passed, failed or error, as in the JSON report.</param>
/// <param name="Verdict">The submission's verdict: passed, wrong, timeout, …</param>
/// <param name="Seconds">Wall time grading it took.</param>
public sealed record GradebookRow(string Student, string Exercise, double Score, double MaxScore, string Status, string Verdict, double Seconds)
{
    /// <summary>True when two rows give the same result; the time it took may differ between two gradings.</summary>
    public bool SameResult(GradebookRow other) =>
        other is not null && Student == other.Student && Exercise == other.Exercise && Score.Equals(other.Score)
        && MaxScore.Equals(other.MaxScore) && Status == other.Status && Verdict == other.Verdict;
}
