using CsCheck;

namespace CourseKit.Autograd.Tests;

/// <summary>Seeded property runs: CsCheck generators drawn from a fixed PCG stream, so every run sees the same cases.</summary>
internal static class Property
{
    public static void ForAll<T>(Gen<T> gen, Action<T> check, ulong seed = 20261124, int count = 40)
    {
        var pcg = new PCG(7, seed);
        for (var i = 0; i < count; i++)
        {
            var value = gen.Generate(pcg, null, out _);
            try
            {
                check(value);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new InvalidOperationException($"case {i} (seed {seed}) failed for {Describe(value)}: {e.Message}", e);
            }
        }
    }

    private static string Describe(object? value) => value switch
    {
        int[] shape => "[" + string.Join(", ", shape) + "]",
        System.Runtime.CompilerServices.ITuple tuple =>
            "(" + string.Join(", ", Enumerable.Range(0, tuple.Length).Select(i => Describe(tuple[i]))) + ")",
        _ => value?.ToString() ?? "null",
    };
}

/// <summary>Shape generators, including pairs that broadcast against each other.</summary>
internal static class ShapeGen
{
    /// <summary>Rank 0–3, sizes 1–4.</summary>
    public static readonly Gen<int[]> Any = Gen.Int[1, 4].Array[0, 3];

    /// <summary>Rank 1–3, sizes 1–4.</summary>
    public static readonly Gen<int[]> NonScalar = Gen.Int[1, 4].Array[1, 3];

    /// <summary>Two shapes that broadcast: the second drops leading dimensions and sets some to 1; sides swap at random.</summary>
    public static readonly Gen<(int[] A, int[] B)> Broadcastable =
        Gen.Select(Any, Gen.Int[0, 3], Gen.Int[0, 7], Gen.Bool, (a, drop, ones, swap) =>
        {
            var b = a.Skip(Math.Min(drop, a.Length)).ToArray();
            for (var i = 0; i < b.Length; i++)
            {
                if ((ones >> i & 1) == 1)
                {
                    b[i] = 1;
                }
            }

            return swap ? (b, a) : (a, b);
        });

    public static readonly Gen<int> Seed = Gen.Int[0, 1_000_000];
}

internal static class Verify
{
    public static void Passes(GradCheckReport report) => Assert.True(report.Passed, report.ToString());

    public static void Close(Tensor expected, Tensor actual, double rtol = 1e-9, double atol = 1e-12) =>
        Assert.True(actual.AllClose(expected, rtol, atol), $"expected {expected}\nbut got  {actual}");

    /// <summary>Values in [lo, hi) with shape and seed, requiring grad.</summary>
    public static Tensor Uniform(int[] shape, int seed, double lo, double hi) =>
        (Tensor.Rand(shape, seed) * (hi - lo) + lo).Detach().RequiresGrad_();

    public static Tensor Normal(int[] shape, int seed) => Tensor.Randn(shape, seed).RequiresGrad_();
}
