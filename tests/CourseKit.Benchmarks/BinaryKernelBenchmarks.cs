using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Tensor = CourseKit.Autograd.Tensor;

namespace CourseKit.Benchmarks;

/// <summary>
/// One binary operation over N doubles (below): CourseKit's tensor operator (shape check, result allocation, no
/// graph under NoGrad) against TensorPrimitives writing into a preallocated span. The operator runs twice: alone, where
/// every result is a fresh array the garbage collector must reclaim, and inside a
/// <see cref="CourseKit.Autograd.TensorScope"/>, where the result's array is reused by the next operation.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class BinaryKernelBenchmarks
{
    private double[] _a = [];
    private double[] _b = [];
    private double[] _destination = [];
    private Tensor _ta = null!;
    private Tensor _tb = null!;

    /// <summary>
    /// Elements per operand. 100,000 (three 0.8 MB arrays) stays in cache; 1,000,000 (three 8 MB arrays) sits at the
    /// edge of one core's L3 share, where which physical pages each array got moves a run by up to 1.7×.
    /// </summary>
    [Params(100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_a, _b, _destination) = (new double[N], new double[N], new double[N]);
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

    [Benchmark(Description = "CourseKit a + b, in a Tensor.Scope()")]
    [BenchmarkCategory("Add")]
    public double AddCourseKitScoped()
    {
        using (Tensor.Scope())
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

    [Benchmark(Description = "CourseKit a * b, in a Tensor.Scope()")]
    [BenchmarkCategory("Multiply")]
    public double MultiplyCourseKitScoped()
    {
        using (Tensor.Scope())
        using (Tensor.NoGrad())
        {
            return (_ta * _tb)[N - 1].Item();
        }
    }
}
