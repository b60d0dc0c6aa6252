using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CourseKit.Autograd;
using CourseKit.Autograd.Kernels;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra.Double;
using TorchSharp;

namespace CourseKit.Benchmarks;

/// <summary>
/// MatMul forward and backward at 1024², f64: C = A·B, dA = dC·Bᵀ, dB = Aᵀ·dC, i.e. three products of
/// 2·1024³ flops each (6.44 GFLOP per operation, shown as GFLOP/s at the median).
/// MathNet's managed provider needs seconds per operation, so iterations are capped to keep a run short.
/// </summary>
[MinIterationCount(5)]
[MaxIterationCount(15)]
[Config(typeof(GigaflopsConfig))]
public class GemmBenchmarks
{
    private const int N = 1024;

    private readonly double[] _a = new double[N * N];
    private readonly double[] _b = new double[N * N];
    private readonly double[] _dc = new double[N * N];
    private readonly double[] _c = new double[N * N];
    private readonly double[] _da = new double[N * N];
    private readonly double[] _db = new double[N * N];

    private Tensor _x = null!, _w = null!, _gradient = null!;
    private DenseMatrix _ma = null!, _mb = null!, _mdc = null!, _mc = null!, _mda = null!, _mdb = null!;
    private torch.Tensor _ta = null!, _tb = null!, _tdc = null!;

    /// <summary>Threads every library may use (CourseKit's cap, TorchSharp's intra-op pool, MathNet's degree).</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        foreach (var array in new[] { _a, _b, _dc })
        {
            for (var i = 0; i < array.Length; i++)
            {
                array[i] = 2 * random.NextDouble() - 1;
            }
        }

        Gemm.MaxDegreeOfParallelism = Threads;

        _x = Tensor.FromArray(_a, [N, N], requiresGrad: true);
        _w = Tensor.FromArray(_b, [N, N], requiresGrad: true);
        _gradient = Tensor.FromArray(_dc, [N, N]);

        Control.UseManaged();
        Control.MaxDegreeOfParallelism = Threads;
        _ma = (DenseMatrix)DenseMatrix.Build.DenseOfRowMajor(N, N, _a);
        _mb = (DenseMatrix)DenseMatrix.Build.DenseOfRowMajor(N, N, _b);
        _mdc = (DenseMatrix)DenseMatrix.Build.DenseOfRowMajor(N, N, _dc);
        _mc = new DenseMatrix(N, N);
        _mda = new DenseMatrix(N, N);
        _mdb = new DenseMatrix(N, N);

        if (TorchAvailability.Failure is not null)
        {
            return;
        }

        torch.set_num_threads(Threads);
        _ta = torch.tensor(_a, N, N, torch.float64);
        _tb = torch.tensor(_b, N, N, torch.float64);
        _tdc = torch.tensor(_dc, N, N, torch.float64);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Gemm.MaxDegreeOfParallelism = Environment.ProcessorCount;
        _ta?.Dispose();
        _tb?.Dispose();
        _tdc?.Dispose();
    }

    [Benchmark(Description = "CourseKit Gemm")]
    public double CourseKit()
    {
        Gemm.Multiply(N, N, N, _a, false, _b, false, _c, accumulate: false);
        Gemm.Multiply(N, N, N, _dc, false, _b, true, _da, accumulate: false);
        Gemm.Multiply(N, N, N, _a, true, _dc, false, _db, accumulate: false);
        return _c[0] + _da[0] + _db[0];
    }

    [Benchmark(Description = "CourseKit Tensor MatMul + Backward")]
    public double CourseKitTensor()
    {
        var y = _x.MatMul(_w);
        y.Backward(_gradient);
        var result = y[0, 0].Item() + _x.Grad![0, 0].Item() + _w.Grad![0, 0].Item();
        _x.ZeroGrad();
        _w.ZeroGrad();
        return result;
    }

    // The product's 8 MB array comes back to the pool each pass, as TorchSharp's dispose scope does below.
    [Benchmark(Description = "CourseKit Tensor MatMul + Backward, in a Tensor.Scope()")]
    public double CourseKitTensorScoped()
    {
        using (Tensor.Scope())
        {
            return CourseKitTensor();
        }
    }

    [Benchmark(Description = "TorchSharp mm")]
    [BenchmarkCategory(TorchAvailability.Category)]
    public double TorchSharp()
    {
        using var scope = torch.NewDisposeScope();
        var c = torch.mm(_ta, _tb);
        var da = torch.mm(_tdc, _tb.t());
        var db = torch.mm(_ta.t(), _tdc);
        return c[0, 0].item<double>() + da[0, 0].item<double>() + db[0, 0].item<double>();
    }

    [Benchmark(Baseline = true, Description = "MathNet managed")]
    public double MathNet()
    {
        _ma.Multiply(_mb, _mc);
        _mdc.TransposeAndMultiply(_mb, _mda);
        _ma.TransposeThisAndMultiply(_mdc, _mdb);
        return _mc[0, 0] + _mda[0, 0] + _mdb[0, 0];
    }

    private sealed class GigaflopsConfig : ManualConfig
    {
        public GigaflopsConfig() => AddColumn(new ThroughputColumn("GFLOP/s", 3 * 2.0 * N * N * N / 1e9));
    }
}
