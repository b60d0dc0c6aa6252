namespace CourseKit.Grading.Batch;

/// <summary>How a batch ended.</summary>
/// <param name="Results">Every submission done, carried over first, then in the order they finished.</param>
/// <param name="Interrupted">True when cancellation stopped it before every submission was graded.</param>
/// <param name="NotStarted">How many submissions were left ungraded by the interruption.</param>
public sealed record BatchRun(IReadOnlyList<BatchResult> Results, bool Interrupted, int NotStarted)
{
    /// <summary>Submissions graded in this run.</summary>
    public int Graded => Results.Count(r => !r.CarriedOver);

    /// <summary>Submissions whose earlier report was kept.</summary>
    public int CarriedOver => Results.Count(r => r.CarriedOver);

    /// <summary>The summary of every row.</summary>
    public BatchSummary Summary => BatchSummary.Of(Results.Select(r => r.Row).ToList());
}
