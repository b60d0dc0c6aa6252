using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using TorchSharp;
using Tensor = CourseKit.Autograd.Tensor;

namespace CourseKit.Benchmarks;

/// <summary>
/// Σ(sin(x)·x + exp(−x)) over 1,000,000 doubles, forward and backward, one thread. The baseline is the same
/// computation written by hand with TensorPrimitives into preallocated buffers: the floor any engine can reach.
/// CourseKit runs twice: as a learner writes it, and inside a <see cref="CourseKit.Autograd.TensorScope"/>, which hands
/// each pass's large results back for the next pass (TorchSharp's row uses its own dispose scope).
/// </summary>
public class ElementwiseBenchmarks
{
    private const int N = 1_000_000;

    private readonly double[] _x = new double[N];
    private readonly double[] _sin = new double[N];
    private readonly double[] _exp = new double[N];
    private readonly double[] _work = new double[N];
    private readonly double[] _grad = new double[N];

    private Tensor _tensor = null!;
    private torch.Tensor? _torch;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(5);
        for (var i = 0; i < N; i++)
        {
            _x[i] = 4 * random.NextDouble() - 2;
        }

        _tensor = Tensor.FromArray(_x, requiresGrad: true);
    }

    [GlobalSetup(Target = nameof(TorchSharp))]
    public void SetupTorch()
    {
        Setup();
        torch.set_num_threads(1);
        _torch = torch.tensor(_x, torch.float64).requires_grad_(true);
    }

    [GlobalCleanup]
    public void Cleanup() => _torch?.Dispose();

    [Benchmark(Baseline = true, Description = "TensorPrimitives by hand (floor)")]
    public double HandWritten()
    {
        // Forward: y = sin(x)·x + exp(−x), kept: sin(x) and exp(−x) for the backward pass.
        TensorPrimitives.Sin(_x, _sin);
        TensorPrimitives.Negate(_x, _exp);
        TensorPrimitives.Exp(_exp, _exp);
        TensorPrimitives.Multiply(_sin, _x, _work);
        TensorPrimitives.Add(_work, _exp, _work);
        var value = TensorPrimitives.Sum(_work);

        // Backward with dy = 1: dx = cos(x)·x + sin(x) − exp(−x).
        TensorPrimitives.Cos(_x, _work);
        TensorPrimitives.Multiply(_work, _x, _grad);
        TensorPrimitives.Add(_grad, _sin, _grad);
        TensorPrimitives.Subtract(_grad, _exp, _grad);
        return value + _grad[0];
    }

    [Benchmark(Description = "CourseKit Tensor")]
    public double CourseKit()
    {
        var x = _tensor;
        var y = (x.Sin() * x + (-x).Exp()).Sum();
        y.Backward();
        var result = y.Item() + x.Grad![0].Item();
        x.ZeroGrad();
        return result;
    }

    // Each pass's results give their arrays back when the scope ends, as TorchSharp's dispose scope does below.
    [Benchmark(Description = "CourseKit Tensor, in a Tensor.Scope()")]
    public double CourseKitScoped()
    {
        using (Tensor.Scope())
        {
            return CourseKit();
        }
    }

    [Benchmark(Description = "TorchSharp f64, 1 thread")]
    [BenchmarkCategory(TorchAvailability.Category)]
    public double TorchSharp()
    {
        using var scope = torch.NewDisposeScope();
        var x = _torch!;
        var y = (x.sin() * x + (-x).exp()).sum();
        y.backward();
        var result = y.item<double>() + x.grad![0].item<double>();
        x.grad.zero_();
        return result;
    }
}
