using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Tensor = CourseKit.Autograd.Tensor;

namespace CourseKit.Benchmarks;

/// <summary>
/// One binary operation over 1,000,000 doubles: CourseKit's tensor operator (shape check, result allocation, no
/// graph under NoGrad) against TensorPrimitives writing into a preallocated span.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class BinaryKernelBenchmarks
{
    private const int N = 1_000_000;

    private readonly double[] _a = new double[N];
    private readonly double[] _b = new double[N];
    private readonly double[] _destination = new double[N];
    private Tensor _ta = null!;
    private Tensor _tb = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(9);
        for (var i = 0; i < N; i++)
        {
            _a[i] = random.NextDouble();
            _b[i] = random.NextDouble() + 0.5;
        }

        _ta = Tensor.FromArray(_a);
        _tb = Tensor.FromArray(_b);
    }

    [Benchmark(Baseline = true, Description = "TensorPrimitives.Add")]
    [BenchmarkCategory("Add")]
    public double AddPrimitives()
    {
        TensorPrimitives.Add(_a, _b, _destination);
        return _destination[N - 1];
    }

    [Benchmark(Description = "CourseKit a + b")]
    [BenchmarkCategory("Add")]
    public double AddCourseKit()
    {
        using (Tensor.NoGrad())
        {
            return (_ta + _tb)[N - 1].Item();
        }
    }

    [Benchmark(Baseline = true, Description = "TensorPrimitives.Multiply")]
    [BenchmarkCategory("Multiply")]
    public double MultiplyPrimitives()
    {
        TensorPrimitives.Multiply(_a, _b, _destination);
        return _destination[N - 1];
    }

    [Benchmark(Description = "CourseKit a * b")]
    [BenchmarkCategory("Multiply")]
    public double MultiplyCourseKit()
    {
        using (Tensor.NoGrad())
        {
            return (_ta * _tb)[N - 1].Item();
        }
    }
}
