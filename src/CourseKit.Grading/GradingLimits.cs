namespace CourseKit.Grading;

/// <summary>The limits one submission runs under. The defaults suit derivative exercises on a small machine.</summary>
public sealed record GradingLimits
{
    /// <summary>Larger sources are refused before Roslyn sees them.</summary>
    public int MaxSourceBytes { get; init; } = 256 * 1024;

    /// <summary>Parsing, binding, gating and emitting together; cuts off compile bombs.</summary>
    public TimeSpan CompileTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Worker start, assembly load and the script's top-level statements.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Each call of the entry method.</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The whole run, start to last call.</summary>
    public TimeSpan SubmissionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Managed heap of the worker (DOTNET_GCHeapHardLimit).</summary>
    public long HeapBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>
    /// All writable private memory of the worker (RLIMIT_DATA): the managed heap, the runtime's own and any native
    /// allocation. Without a memory cgroup this is what bounds native memory; a normal worker uses about 35 MB besides
    /// its heap.
    /// </summary>
    public long MemoryBytes { get; init; } = 1L << 30;

    /// <summary>Processes and threads the worker's user may have (RLIMIT_NPROC); the runtime itself needs a dozen or two.</summary>
    public int MaxThreads { get; init; } = 64;

    /// <summary>Bytes kept of each of the learner's stdout and stderr; the rest is drained and dropped.</summary>
    public int OutputCapBytes { get; init; } = 64 * 1024;
}
