using CourseKit.Grading.Compiling;
using CourseKit.Grading.Gate;
using CourseKit.Grading.Running;

namespace CourseKit.Grading;

/// <summary>
/// Compile → gate → run for one submission, each stage returning plain data; the first stage that fails
/// decides the result. Learner code only ever executes in the worker process started by the run stage.
/// </summary>
public static class GradingPipeline
{
    /// <summary>Compiles, gates and runs a submission on every input of the request.</summary>
    /// <param name="request">The submission, entry point, inputs and limits.</param>
    /// <param name="policy">Whether the worker may run without the OS jail.</param>
    public static GradingResult Run(GradingRequest request, SandboxPolicy policy = SandboxPolicy.PreferSandbox) =>
        Run(request, policy, gate: true);

    /// <summary>The same, with the gate optional: tests switch it off to prove the jail holds on its own.</summary>
    internal static GradingResult Run(GradingRequest request, SandboxPolicy policy, bool gate)
    {
        var compiled = ScriptCompiler.Compile(
            request.Submission, request.EntryPoint, request.ForbiddenIdentifiers, request.Limits, ApiAllowlist.For(request.EntryPoint), gate);
        if (compiled.Compiled is null)
        {
            return new GradingResult
            {
                Outcome = compiled.Outcome,
                Diagnostics = compiled.Diagnostics,
                Calls = [.. Enumerable.Range(0, request.Inputs.Count).Select(i => new CallResult(i, Outcome.NotRun, null, null))],
                CompileTime = compiled.Elapsed,
            };
        }

        var run = WorkerRunner.Run(compiled.Compiled, request.EntryPoint, request.Inputs, request.Limits, policy);
        return run with { CompileTime = compiled.Elapsed };
    }
}
