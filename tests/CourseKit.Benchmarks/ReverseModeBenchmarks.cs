using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CourseKit.Autograd;

namespace CourseKit.Benchmarks;

/// <summary>
/// The cheap-gradient principle: the reverse-mode gradient of a scalar function of 100 variables should cost a
/// small multiple (target ≤ 10) of evaluating the function with the same engine. Two ways of writing f: on one
/// 100-element tensor, and as a scalar program of 100 one-element tensors (extended Rosenbrock, ~800 nodes).
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ReverseModeBenchmarks
{
    private const int N = 100;

    private Tensor _vector = null!;
    private Tensor[] _scalars = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(13);
        var x = new double[N];
        for (var i = 0; i < N; i++)
        {
            x[i] = random.NextDouble();
        }

        _vector = Tensor.FromArray(x, requiresGrad: true);
        _scalars = [.. x.Select(v => Tensor.Scalar(v, requiresGrad: true))];
    }

    [Benchmark(Baseline = true, Description = "evaluate f (NoGrad)")]
    [BenchmarkCategory("one 100-element tensor")]
    public double VectorEvaluate()
    {
        using (Tensor.NoGrad())
        {
            return VectorF(_vector).Item();
        }
    }

    [Benchmark(Description = "f and its gradient")]
    [BenchmarkCategory("one 100-element tensor")]
    public double VectorGradient()
    {
        var y = VectorF(_vector);
        y.Backward();
        var result = _vector.Grad![0].Item();
        _vector.ZeroGrad();
        return result;
    }

    [Benchmark(Baseline = true, Description = "evaluate f (NoGrad)")]
    [BenchmarkCategory("100 scalar tensors")]
    public double ScalarEvaluate()
    {
        using (Tensor.NoGrad())
        {
            return Rosenbrock(_scalars).Item();
        }
    }

    [Benchmark(Description = "f and its gradient")]
    [BenchmarkCategory("100 scalar tensors")]
    public double ScalarGradient()
    {
        var y = Rosenbrock(_scalars);
        y.Backward();
        var result = _scalars[0].Grad!.Item();
        foreach (var x in _scalars)
        {
            x.ZeroGrad();
        }

        return result;
    }

    // f(x) = Σ(x·sin x + exp(−x²)) + ½(Σx)²
    private static Tensor VectorF(Tensor x)
    {
        var s = x.Sum();
        return (x * x.Sin() + (-(x * x)).Exp()).Sum() + s * s * 0.5;
    }

    private static Tensor Rosenbrock(Tensor[] x)
    {
        var sum = Tensor.Scalar(0);
        for (var i = 0; i < x.Length - 1; i++)
        {
            var a = x[i + 1] - x[i] * x[i];
            var b = 1 - x[i];
            sum += 100 * (a * a) + b * b;
        }

        return sum;
    }
}
