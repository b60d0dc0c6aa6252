using System.Runtime.InteropServices;

namespace CourseKit.Autograd;

public sealed partial class Tensor
{
    /// <summary>A 1-D tensor holding a copy of <paramref name="data"/> (the book's <c>torch.tensor([...])</c>).</summary>
    public static Tensor FromArray(double[] data, bool requiresGrad = false) =>
        new Tensor((double[])data.Clone(), [data.Length]).RequiresGrad_(requiresGrad);

    /// <summary>A 2-D tensor holding a copy of <paramref name="data"/>.</summary>
    public static Tensor FromArray(double[,] data, bool requiresGrad = false)
    {
        var rows = data.GetLength(0);
        var cols = data.GetLength(1);
        var copy = new double[rows * cols];
        if (copy.Length > 0)
        {
            MemoryMarshal.CreateReadOnlySpan(ref data[0, 0], copy.Length).CopyTo(copy);
        }

        return new Tensor(copy, [rows, cols]).RequiresGrad_(requiresGrad);
    }

    /// <summary>A tensor of the given shape holding a copy of <paramref name="data"/> in row-major order.</summary>
    public static Tensor FromArray(double[] data, int[] shape, bool requiresGrad = false)
    {
        var s = CheckShape(shape);
        if (Shapes.CountOf(s) != data.Length)
        {
            throw new ArgumentException(
                $"shape {ShapeText(s)} holds {Shapes.CountOf(s)} elements, but {data.Length} values were given.");
        }

        return new Tensor((double[])data.Clone(), s).RequiresGrad_(requiresGrad);
    }

    /// <summary>A 0-d tensor holding one value.</summary>
    public static Tensor Scalar(double value, bool requiresGrad = false) =>
        new Tensor(value, Shapes.ScalarShape).RequiresGrad_(requiresGrad);

    /// <summary>A tensor of zeros; <c>Zeros()</c> is a 0-d zero.</summary>
    public static Tensor Zeros(params int[] shape)
    {
        var s = CheckShape(shape);
        return new Tensor(new double[Shapes.CountOf(s)], s);
    }

    /// <summary>A tensor of ones.</summary>
    public static Tensor Ones(params int[] shape) => Full(shape, 1.0);

    /// <summary>A tensor of the given shape with every element equal to <paramref name="value"/>.</summary>
    public static Tensor Full(int[] shape, double value)
    {
        var s = CheckShape(shape);
        var data = new double[Shapes.CountOf(s)];
        data.AsSpan().Fill(value);
        return new Tensor(data, s);
    }

    /// <summary>Zeros with the shape of <paramref name="x"/>.</summary>
    public static Tensor ZerosLike(Tensor x) => Zeros(x._shape);

    /// <summary>Ones with the shape of <paramref name="x"/>: the gradient to pass to <see cref="Backward"/> for an elementwise sum.</summary>
    public static Tensor OnesLike(Tensor x) => Full(x._shape, 1.0);

    /// <summary>The n×n identity matrix.</summary>
    public static Tensor Eye(int n)
    {
        var t = Zeros(n, n);
        for (var i = 0; i < n; i++)
        {
            t._span[i * n + i] = 1.0;
        }

        return t;
    }

    /// <summary>0, 1, …, up to but excluding <paramref name="end"/> (the book's <c>torch.arange(4.0)</c>).</summary>
    public static Tensor Arange(double end, bool requiresGrad = false) => Arange(0, end, 1, requiresGrad);

    /// <summary>start, start + step, … up to but excluding <paramref name="end"/>.</summary>
    public static Tensor Arange(double start, double end, double step = 1, bool requiresGrad = false)
    {
        if (step == 0 || double.IsNaN(step) || (end - start) / step < 0)
        {
            throw new ArgumentException($"Arange({start}, {end}, {step}): step must be nonzero and point from start towards end.");
        }

        var n = (int)Math.Ceiling((end - start) / step);
        var data = new double[n];
        for (var i = 0; i < n; i++)
        {
            data[i] = start + i * step;
        }

        return new Tensor(data, [n]).RequiresGrad_(requiresGrad);
    }

    /// <summary><paramref name="steps"/> evenly spaced values from start to end, both included.</summary>
    public static Tensor Linspace(double start, double end, int steps)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        var data = new double[steps];
        var step = steps > 1 ? (end - start) / (steps - 1) : 0;
        for (var i = 0; i < steps; i++)
        {
            // Computed from both ends so the last value is exactly `end`, as torch.linspace.
            data[i] = steps == 1 ? start : i < steps / 2 ? start + i * step : end - (steps - 1 - i) * step;
        }

        return new Tensor(data, [steps]);
    }

    /// <summary>
    /// Uniform samples in [0, 1). Deterministic: drawn in row-major order from <c>new System.Random(seed)</c>, whose
    /// seeded algorithm .NET keeps stable across versions, so a seed names the same tensor on every machine.
    /// </summary>
    public static Tensor Rand(int[] shape, int seed)
    {
        var s = CheckShape(shape);
        var rng = new Random(seed);
        var data = new double[Shapes.CountOf(s)];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = rng.NextDouble();
        }

        return new Tensor(data, s);
    }

    /// <summary>
    /// Standard normal samples. Deterministic: Box–Muller on pairs of uniforms from <c>new System.Random(seed)</c>
    /// (both values of each pair are used), filled in row-major order.
    /// </summary>
    public static Tensor Randn(int[] shape, int seed)
    {
        var s = CheckShape(shape);
        var rng = new Random(seed);
        var data = new double[Shapes.CountOf(s)];
        for (var i = 0; i < data.Length; i += 2)
        {
            var u1 = 1.0 - rng.NextDouble(); // in (0, 1], so the logarithm is finite
            var u2 = rng.NextDouble();
            var r = Math.Sqrt(-2.0 * Math.Log(u1));
            data[i] = r * Math.Cos(2 * Math.PI * u2);
            if (i + 1 < data.Length)
            {
                data[i + 1] = r * Math.Sin(2 * Math.PI * u2);
            }
        }

        return new Tensor(data, s);
    }

    private static int[] CheckShape(int[] shape)
    {
        foreach (var d in shape)
        {
            if (d < 0)
            {
                throw new ArgumentException($"Trying to create tensor with negative dimension {d}: {ShapeText(shape)}.");
            }
        }

        return shape.Length == 0 ? Shapes.ScalarShape : (int[])shape.Clone();
    }
}
