using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace CourseKit.Benchmarks;

/// <summary>
/// STREAM-style triad a = b + s·c over three 16M-double arrays (384 MiB, far beyond cache): the memory
/// bandwidth every large elementwise kernel is bounded by. Bytes moved per operation: 3 × 128 MiB
/// (the GB/s column; it does not count the write-allocate read of a).
/// </summary>
[Config(typeof(BandwidthConfig))]
public class TriadBenchmarks
{
    private const int N = 16 * 1024 * 1024;
    private const double S = 3.0;

    private readonly double[] _a = new double[N];
    private readonly double[] _b = new double[N];
    private readonly double[] _c = new double[N];

    [GlobalSetup]
    public void Setup()
    {
        _b.AsSpan().Fill(1.0);
        _c.AsSpan().Fill(2.0);
    }

    [Benchmark(Baseline = true, Description = "TensorPrimitives.MultiplyAdd, 1 thread")]
    public void TensorPrimitivesTriad() => TensorPrimitives.MultiplyAdd(_c, S, _b, _a);

    [Benchmark(Description = "plain loop, 1 thread")]
    public void Loop()
    {
        var a = _a;
        var b = _b;
        var c = _c;
        for (var i = 0; i < a.Length; i++)
        {
            a[i] = b[i] + S * c[i];
        }
    }

    [Benchmark(Description = "TensorPrimitives.MultiplyAdd, 2 threads")]
    public void TwoThreads() => Parallel.For(0, 2, half =>
    {
        var start = half * (N / 2);
        TensorPrimitives.MultiplyAdd(_c.AsSpan(start, N / 2), S, _b.AsSpan(start, N / 2), _a.AsSpan(start, N / 2));
    });

    private sealed class BandwidthConfig : ManualConfig
    {
        public BandwidthConfig() => AddColumn(new ThroughputColumn("GB/s", 3.0 * sizeof(double) * N / 1e9));
    }
}
