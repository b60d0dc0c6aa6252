using BenchmarkDotNet.Attributes;
using CourseKit.Grading;

namespace CourseKit.Benchmarks;

/// <summary>
/// One warm submission through the pipeline, as a batch grades each one: compile and gate in this process, then a fresh
/// jailed worker that starts, loads the answer, answers five calls and exits. This is the per-submission cost the
/// batch rate divides into; the baseline is the compile and gate alone, so the difference is the worker's share.
/// </summary>
public class WorkerRunBenchmarks
{
    private GradingRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        var source = File.ReadAllText(Path.Combine(Repository.Root, "graders", "01-calculus", "gradient-quadratic-exp", "correct-engine.csx"));
        _request = new GradingRequest
        {
            Submission = new Submission(source),
            EntryPoint = new EntryPoint("Gradient", [ValueKind.Vector], ValueKind.Vector),
            Inputs = [.. Enumerable.Range(0, 5).Select(i => (IReadOnlyList<RawValue>)[RawValue.FromVector([i * 0.1, 0.2])])],
        };
        if (GradingPipeline.Run(_request).Outcome != Outcome.Returned)
        {
            throw new InvalidOperationException("the sample did not run: the benchmark would measure nothing");
        }
    }

    [Benchmark(Baseline = true, Description = "compile + gate only")]
    public object Compile() => CourseKit.Grading.Compiling.ScriptCompiler.Compile(
        _request.Submission, _request.EntryPoint, [], _request.Limits).Compiled ?? throw new InvalidOperationException("did not compile");

    [Benchmark(Description = "compile + gate + jailed worker, 5 calls")]
    public Outcome CompileAndRun() => GradingPipeline.Run(_request).Outcome;
}
