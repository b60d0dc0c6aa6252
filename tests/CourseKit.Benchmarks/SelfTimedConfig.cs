using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CourseKit.Benchmarks;

/// <summary>
/// The job of a benchmark whose one operation takes seconds (a batch of submissions, a cold process): each iteration
/// is one operation, with no pilot stage. <see cref="Program"/> runs such classes without the command line's
/// <c>--job</c>, which would add a second job with dozens of iterations.
/// </summary>
public abstract class SelfTimedConfig : BenchmarkDotNet.Configs.ManualConfig
{
    protected SelfTimedConfig(int warmups, int iterations) =>
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(warmups)
            .WithIterationCount(iterations)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .AsDefault(false));
}
