using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CourseKit.Autograd;
using MathNet.Numerics.Differentiation;

namespace CourseKit.Benchmarks;

/// <summary>
/// Central-difference gradient (n = 100, extended Rosenbrock) and Jacobian (20 → 20) against their floor, the 2n
/// evaluations of f they cannot avoid, and against MathNet's NumericalJacobian (three-point central differences).
/// MathNet takes a Jacobian as one scalar function per output, so it evaluates the whole vector function m times
/// as often; that is its API, measured as a user would call it.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class FiniteDifferenceBenchmarks
{
    private const int N = 100;
    private const int M = 20;

    private readonly double[] _x = new double[N];
    private readonly double[] _y = new double[M];
    private readonly NumericalJacobian _mathNet = new();
    private Func<double[], double>[] _components = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        for (var i = 0; i < N; i++)
        {
            _x[i] = random.NextDouble();
        }

        for (var i = 0; i < M; i++)
        {
            _y[i] = random.NextDouble();
        }

        _components = [.. Enumerable.Range(0, M).Select(i => (Func<double[], double>)(x => Vector(x)[i]))];
    }

    [Benchmark(Baseline = true, Description = "2n evaluations of f (floor)")]
    [BenchmarkCategory("Gradient n=100")]
    public double GradientFloor()
    {
        var sum = 0.0;
        for (var i = 0; i < 2 * N; i++)
        {
            sum += Rosenbrock(_x);
        }

        return sum;
    }

    [Benchmark(Description = "CourseKit FiniteDifference.Gradient")]
    [BenchmarkCategory("Gradient n=100")]
    public double GradientCourseKit() => FiniteDifference.Gradient(Rosenbrock, _x)[0];

    [Benchmark(Description = "MathNet NumericalJacobian.Evaluate")]
    [BenchmarkCategory("Gradient n=100")]
    public double GradientMathNet() => _mathNet.Evaluate(Rosenbrock, _x)[0];

    [Benchmark(Baseline = true, Description = "2n evaluations of f (floor)")]
    [BenchmarkCategory("Jacobian 20x20")]
    public double JacobianFloor()
    {
        var sum = 0.0;
        for (var i = 0; i < 2 * M; i++)
        {
            sum += Vector(_y)[0];
        }

        return sum;
    }

    [Benchmark(Description = "CourseKit FiniteDifference.Jacobian")]
    [BenchmarkCategory("Jacobian 20x20")]
    public double JacobianCourseKit() => FiniteDifference.Jacobian(Vector, _y)[0, 0];

    [Benchmark(Description = "MathNet NumericalJacobian.Evaluate")]
    [BenchmarkCategory("Jacobian 20x20")]
    public double JacobianMathNet() => _mathNet.Evaluate(_components, _y)[0, 0];

    private static double Rosenbrock(double[] x)
    {
        var sum = 0.0;
        for (var i = 0; i < x.Length - 1; i++)
        {
            var a = x[i + 1] - x[i] * x[i];
            var b = 1 - x[i];
            sum += 100 * a * a + b * b;
        }

        return sum;
    }

    // A smooth coupled map: yᵢ = sin(xᵢ)·x₍ᵢ₊₁₎ + exp(−xᵢ²).
    private static double[] Vector(double[] x)
    {
        var y = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            y[i] = Math.Sin(x[i]) * x[(i + 1) % x.Length] + Math.Exp(-x[i] * x[i]);
        }

        return y;
    }
}
