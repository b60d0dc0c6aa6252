namespace CourseKit.Grading.Tests;

[Collection(OneWorkerAtATime.Name)]
public class PipelineTests
{
    private static readonly EntryPoint Scalar = new("F", [ValueKind.Scalar], ValueKind.Scalar);

    private static GradingResult Run(string source, params double[] xs) => GradingPipeline.Run(new GradingRequest
    {
        Submission = new Submission(source),
        EntryPoint = Scalar,
        Inputs = [.. xs.Select(x => (IReadOnlyList<RawValue>)[RawValue.FromScalar(x)])],
    });

    [Fact]
    public void A_correct_submission_returns_its_raw_values()
    {
        var result = Run("double F(double x) => 2 * x + Math.Sin(0);", 1.5, -2);

        Assert.True(result.Outcome == Outcome.Returned, Describe(result));
        Assert.Equal([3.0, -4.0], result.Calls.Select(c => c.Value!.Scalar));
    }

    internal static string Describe(GradingResult r) =>
        $"{r.Outcome} cause={r.Cause} diag={string.Join(" | ", r.Diagnostics)} compile={r.CompileTime.TotalMilliseconds:0}ms run={r.RunTime.TotalMilliseconds:0}ms sandboxed={r.Sandboxed} "
        + $"calls={string.Join(",", r.Calls.Select(c => $"{c.Outcome}:{c.Detail}"))} stderr={r.Stderr}";
}
