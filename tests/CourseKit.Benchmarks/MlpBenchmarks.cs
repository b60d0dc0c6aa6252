using BenchmarkDotNet.Attributes;
using CourseKit.Autograd;
using CourseKit.Benchmarks.Micrograd;

namespace CourseKit.Benchmarks;

/// <summary>
/// micrograd's demo network, 2-16-16-1 with ReLU, over a batch of 100 points, one scalar node per multiply, add and
/// activation (643 nodes a sample, 64,300 in all), forward and backward. Times are per node.
/// </summary>
public class MlpBenchmarks
{
    private const int Batch = 100;
    private const int Hidden = 16;

    // Per sample: layer 1, 16·(2·2 + 1); layer 2, 16·(2·16 + 1); linear output, 2·16; squared-error loss, 3.
    private const int Nodes = Batch * (Hidden * (2 * 2 + 1) + Hidden * (2 * Hidden + 1) + 2 * Hidden + 3);

    private readonly double[][] _inputs = new double[Batch][];
    private readonly double[] _targets = new double[Batch];

    // Layers as [neuron][input], the bias last.
    private double[][][] _weights = [];
    private Value[][][] _values = [];
    private Tensor[][][] _tensors = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1337);
        for (var s = 0; s < Batch; s++)
        {
            _inputs[s] = [2 * random.NextDouble() - 1, 2 * random.NextDouble() - 1];
            _targets[s] = _inputs[s][0] * _inputs[s][1] > 0 ? 1 : -1;
        }

        _weights = [Layer(random, 2, Hidden), Layer(random, Hidden, Hidden), Layer(random, Hidden, 1)];
        _values = [.. _weights.Select(l => l.Select(n => n.Select(w => new Value(w)).ToArray()).ToArray())];
        _tensors = [.. _weights.Select(l => l.Select(n => n.Select(w => Tensor.Scalar(w, requiresGrad: true)).ToArray()).ToArray())];

        // Both rows must compute the same thing, or their ratio means nothing.
        var (port, engine) = (Micrograd(), CourseKit());
        if (Math.Abs(port - engine) > 1e-9 * (1 + Math.Abs(port)))
        {
            throw new InvalidOperationException($"The two networks disagree: gradient {port} (port) vs {engine} (CourseKit).");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Nodes, Description = "micrograd port (C# closures)")]
    public double Micrograd()
    {
        foreach (var p in _values.SelectMany(l => l).SelectMany(n => n))
        {
            p.Grad = 0;
        }

        var loss = new Value(0);
        for (var s = 0; s < Batch; s++)
        {
            var h1 = Forward(_values[0], _inputs[s].Select(x => new Value(x)).ToArray(), relu: true);
            var h2 = Forward(_values[1], h1, relu: true);
            var d = Forward(_values[2], h2, relu: false)[0] - _targets[s];
            loss += d * d;
        }

        loss.Backward();
        return _values[0][0][0].Grad;
    }

    [Benchmark(OperationsPerInvoke = Nodes, Description = "CourseKit Tensor (0-d)")]
    public double CourseKit()
    {
        foreach (var p in _tensors.SelectMany(l => l).SelectMany(n => n))
        {
            p.ZeroGrad();
        }

        var loss = Tensor.Scalar(0);
        for (var s = 0; s < Batch; s++)
        {
            var h1 = Forward(_tensors[0], _inputs[s].Select(x => Tensor.Scalar(x)).ToArray(), relu: true);
            var h2 = Forward(_tensors[1], h1, relu: true);
            var d = Forward(_tensors[2], h2, relu: false)[0] - _targets[s];
            loss += d * d;
        }

        loss.Backward();
        return _tensors[0][0][0].Grad!.Item();
    }

    private static double[][] Layer(Random random, int inputs, int outputs) =>
        [.. Enumerable.Range(0, outputs).Select(_ => Enumerable.Range(0, inputs + 1)
            .Select(i => i == inputs ? 0.0 : 2 * random.NextDouble() - 1).ToArray())];

    // Each neuron is bias + Σ wᵢ·xᵢ, added one term at a time as micrograd does.
    private static Value[] Forward(Value[][] layer, Value[] x, bool relu)
    {
        var output = new Value[layer.Length];
        for (var n = 0; n < layer.Length; n++)
        {
            var w = layer[n];
            var act = w[^1];
            for (var i = 0; i < x.Length; i++)
            {
                act += w[i] * x[i];
            }

            output[n] = relu ? act.Relu() : act;
        }

        return output;
    }

    private static Tensor[] Forward(Tensor[][] layer, Tensor[] x, bool relu)
    {
        var output = new Tensor[layer.Length];
        for (var n = 0; n < layer.Length; n++)
        {
            var w = layer[n];
            var act = w[^1];
            for (var i = 0; i < x.Length; i++)
            {
                act += w[i] * x[i];
            }

            output[n] = relu ? act.Relu() : act;
        }

        return output;
    }
}
