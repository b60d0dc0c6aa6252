using CourseKit.Autograd;
using CourseKit.Content.Model;
using CourseKit.Grading.Judging;

namespace CourseKit.Grading.Tests.Judging;

public class InputSamplerTests
{
    private static readonly EntrySignature ChainRule = new(
        EntryType.DoubleArray, "ChainRule",
        [new EntryParameter(EntryType.DoubleArray, "gradU"), new EntryParameter(EntryType.DoubleMatrix, "jacobian")],
        "double[] ChainRule(double[] gradU, double[,] jacobian)");

    private static Dictionary<string, InputDomain> Domains() => new()
    {
        ["gradU"] = new InputDomain("gradU", -2, 2, [new ShapeDimension(3, 3, null)], [], false, [], null),
        ["jacobian"] = new InputDomain("jacobian", -1, 1, [new ShapeDimension(3, 3, null), new ShapeDimension(2, 2, null)], [], false, [], null),
    };

    [Fact]
    public void The_same_seed_draws_the_same_inputs_and_another_seed_other_ones()
    {
        var first = InputSampler.Draw(ChainRule, Domains(), 5, seed: 42);
        var again = InputSampler.Draw(ChainRule, Domains(), 5, seed: 42);
        var other = InputSampler.Draw(ChainRule, Domains(), 5, seed: 43);

        Assert.Equal(first.Select(a => InputSampler.Describe(ChainRule, a)), again.Select(a => InputSampler.Describe(ChainRule, a)));
        Assert.NotEqual(first.Select(a => InputSampler.Describe(ChainRule, a)), other.Select(a => InputSampler.Describe(ChainRule, a)));
    }

    [Fact]
    public void Drawn_values_respect_shapes_ranges_and_exclusions()
    {
        var entry = new EntrySignature(EntryType.Double, "D", [new EntryParameter(EntryType.Double, "x")], "double D(double x)");
        var domains = new Dictionary<string, InputDomain> { ["x"] = new InputDomain("x", -0.01, 0.01, [], [0], false, [], null) };

        foreach (var args in InputSampler.Draw(entry, domains, 200, seed: 1))
        {
            var x = (double)args[0];
            Assert.InRange(x, -0.01, 0.01);
            Assert.True(Math.Abs(x) >= InputSampler.ExclusionRadius, $"{x} is too close to the excluded 0");
        }

        foreach (var args in InputSampler.Draw(ChainRule, Domains(), 20, seed: 2))
        {
            Assert.Equal(3, ((double[])args[0]).Length);
            var matrix = (double[,])args[1];
            Assert.Equal((3, 2), (matrix.GetLength(0), matrix.GetLength(1)));
            Assert.All(matrix.Cast<double>(), v => Assert.InRange(v, -1, 1));
        }
    }

    [Fact]
    public void Named_sizes_are_shared_between_parameters()
    {
        var entry = new EntrySignature(
            EntryType.Double, "Dot", [new EntryParameter(EntryType.DoubleArray, "a"), new EntryParameter(EntryType.DoubleArray, "b")], "double Dot(double[] a, double[] b)");
        var n = new ShapeDimension(1, 9, "n");
        var domains = new Dictionary<string, InputDomain>
        {
            ["a"] = new InputDomain("a", -1, 1, [n], [], false, [], null),
            ["b"] = new InputDomain("b", -1, 1, [n], [], false, [], null),
        };

        var lengths = InputSampler.Draw(entry, domains, 30, seed: 3).Select(a => (((double[])a[0]).Length, ((double[])a[1]).Length)).ToList();

        Assert.All(lengths, pair => Assert.Equal(pair.Item1, pair.Item2));
        Assert.True(lengths.Select(p => p.Item1).Distinct().Count() > 1, "sizes should vary between draws");
    }

    [Fact]
    public void Fixed_cases_parse_into_the_entrys_types_or_say_what_is_wrong()
    {
        var (arguments, error) = InputSampler.ParseCase(ChainRule, ["[1, 2, 3]", "[[1, 0], [0, 1], [2, 2]]"]);
        Assert.Null(error);
        Assert.Equal([1.0, 2, 3], (double[])arguments![0]);
        Assert.Equal(2.0, ((double[,])arguments[1])[2, 1]);

        var (_, wrongCount) = InputSampler.ParseCase(ChainRule, ["[1, 2, 3]"]);
        Assert.Contains("takes 2", wrongCount, StringComparison.Ordinal);

        var (_, ragged) = InputSampler.ParseCase(ChainRule, ["[1, 2, 3]", "[[1], [0, 1]]"]);
        Assert.Contains("is not a valid double[,] for `jacobian`", ragged, StringComparison.Ordinal);
    }

    [Fact]
    public void Function_families_give_the_derivative_and_inverse_of_one_f_per_input()
    {
        var entry = new EntrySignature(
            EntryType.Double, "InverseDerivative",
            [new EntryParameter(EntryType.Function, "fPrime"), new EntryParameter(EntryType.Function, "fInverse"), new EntryParameter(EntryType.Double, "y")],
            "double InverseDerivative(Func<double, double> fPrime, Func<double, double> fInverse, double y)");
        var domains = new Dictionary<string, InputDomain>
        {
            ["fPrime"] = new("fPrime", 0, 0, [], [], false, [], "invertible.derivative"),
            ["fInverse"] = new("fInverse", 0, 0, [], [], false, [], "invertible.inverse"),
            ["y"] = new("y", -2, 2, [], [], false, [], null),
        };

        foreach (var args in InputSampler.Draw(entry, domains, 50, seed: 11))
        {
            var fPrime = ((FunctionInput)args[0]).ToFunc();
            var fInverse = ((FunctionInput)args[1]).ToFunc();
            var y = (double)args[2];
            var x = fInverse(y);
            Assert.True(double.IsFinite(x), $"{args[1]} is undefined at y = {y}");

            // The inverse-function rule holds only if f′ and f⁻¹ belong to the same f: (f⁻¹)′(y) · f′(f⁻¹(y)) = 1.
            var inverseSlope = FiniteDifference.Derivative(fInverse, y);
            Assert.Equal(1.0, inverseSlope * fPrime(x), 6);
            Assert.StartsWith("f⁻¹ of f(x) = ", InputSampler.Format(args[1]), StringComparison.Ordinal);
        }
    }
}
