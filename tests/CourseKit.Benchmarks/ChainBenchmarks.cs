using BenchmarkDotNet.Attributes;
using CourseKit.Autograd;
using CourseKit.Benchmarks.Micrograd;
using TorchSharp;

namespace CourseKit.Benchmarks;

/// <summary>
/// Forward and backward through a chain of 100,000 scalar operations, alternately ·1.00001 and +0.1 (so the
/// gradient, 1.00001^50000 ≈ 1.65, stays clear of slow subnormal numbers). Times are per node: the graph-building
/// and bookkeeping cost an engine adds to every operation of a scalar program.
/// </summary>
public class ChainBenchmarks
{
    private const int Operations = 100_000;

    // Instance state, as BenchmarkDotNet requires instance benchmarks; every chain starts here.
    private readonly double _start = 0.5;

    [GlobalSetup(Target = nameof(TorchSharp))]
    public void SetupTorch() => torch.set_num_threads(1);

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations, Description = "micrograd port (C# closures)")]
    public double Micrograd()
    {
        var x = new Value(_start);
        var y = x;
        for (var i = 0; i < Operations / 2; i++)
        {
            y = y * 1.00001;
            y = y + 0.1;
        }

        y.Backward();
        return x.Grad;
    }

    [Benchmark(OperationsPerInvoke = Operations, Description = "CourseKit Tensor (0-d)")]
    public double CourseKit()
    {
        var x = Tensor.Scalar(_start, requiresGrad: true);
        var y = x;
        for (var i = 0; i < Operations / 2; i++)
        {
            y = y * 1.00001;
            y = y + 0.1;
        }

        y.Backward();
        return x.Grad!.Item();
    }

    [Benchmark(OperationsPerInvoke = Operations, Description = "TorchSharp 0-d tensors, 1 thread")]
    [BenchmarkCategory(TorchAvailability.Category)]
    public double TorchSharp()
    {
        using var scope = torch.NewDisposeScope();
        var x = torch.tensor(_start, torch.float64, requires_grad: true);
        var y = x;
        for (var i = 0; i < Operations / 2; i++)
        {
            y = y * 1.00001;
            y = y + 0.1;
        }

        y.backward();
        return x.grad!.item<double>();
    }
}
