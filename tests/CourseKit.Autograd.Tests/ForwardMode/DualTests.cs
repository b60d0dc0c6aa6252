using CsCheck;

namespace CourseKit.Autograd.Tests.Forward;

public class DualTests
{
    private static void AssertClose(double expected, double actual, double rtol = 1e-7, double atol = 1e-9, string? what = null) =>
        Assert.True(Math.Abs(expected - actual) <= atol + rtol * Math.Abs(expected), $"{what}: expected {expected}, got {actual}");

    public static TheoryData<string> Elementary() => ["exp", "log", "sin", "cos", "tan", "tanh", "sigmoid", "sqrt", "abs", "square", "pow2.5", "relu", "recip"];

    private static (Func<Dual, Dual> Dual, Func<double, double> Plain) Pair(string name) => name switch
    {
        "exp" => (Dual.Exp, Math.Exp),
        "log" => (Dual.Log, Math.Log),
        "sin" => (Dual.Sin, Math.Sin),
        "cos" => (Dual.Cos, Math.Cos),
        "tan" => (Dual.Tan, Math.Tan),
        "tanh" => (Dual.Tanh, Math.Tanh),
        "sigmoid" => (Dual.Sigmoid, x => 1 / (1 + Math.Exp(-x))),
        "sqrt" => (Dual.Sqrt, Math.Sqrt),
        "abs" => (Dual.Abs, Math.Abs),
        "square" => (Dual.Square, x => x * x),
        "pow2.5" => (x => Dual.Pow(x, 2.5), x => Math.Pow(x, 2.5)),
        "relu" => (Dual.Relu, x => Math.Max(x, 0)),
        "recip" => (x => 1 / x, x => 1 / x),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Elementary))]
    public void Every_elementary_function_agrees_with_richardson_extrapolation(string name)
    {
        var (dual, plain) = Pair(name);
        Gen.Double[0.2, 1.4].Sample(
            x =>
            {
                var (value, derivative) = ForwardMode.ValueAndDerivative(dual, x);
                Assert.Equal(plain(x), value);
                AssertClose(FiniteDifference.Richardson(plain, x, 0.05).Value, derivative, what: $"{name}'({x})");
            },
            seed: "0N0XIzNsQ0O2", iter: 50, threads: 1);
    }

    [Fact]
    public void Forward_mode_exercise_function_log_x2_sin_x_plus_1_over_x_has_the_hand_derived_derivative()
    {
        static Dual F(Dual x) => Dual.Log(x * x) * Dual.Sin(x) + 1 / x;

        foreach (var x in new[] { 0.3, 1.0, 2.5, -1.7 })
        {
            var truth = 2 / x * Math.Sin(x) + Math.Log(x * x) * Math.Cos(x) - 1 / (x * x);
            AssertClose(truth, ForwardMode.Derivative(F, x), rtol: 1e-13, atol: 1e-13, what: $"x={x}");
        }
    }

    [Fact]
    public void Pow_with_a_varying_exponent_differentiates_x_to_the_x()
    {
        var derivative = ForwardMode.Derivative(x => Dual.Pow(x, x), 1.5);

        AssertClose(Math.Pow(1.5, 1.5) * (Math.Log(1.5) + 1), derivative, rtol: 1e-14);
    }

    [Fact]
    public void Comparisons_use_the_value_so_branches_pick_the_same_path_as_doubles()
    {
        static Dual Piecewise(Dual x) => x < 0 ? -x * x : Dual.Sin(x);

        Assert.Equal(2 * 1.5, ForwardMode.Derivative(Piecewise, -1.5), 12);
        Assert.Equal(Math.Cos(0.5), ForwardMode.Derivative(Piecewise, 0.5), 12);
    }

    [Fact]
    public void Gradient_and_jacobian_agree_with_finite_differences()
    {
        static Dual[] F(Dual[] v) => [v[0] * v[1], Dual.Exp(v[2]) - v[0], Dual.Sqrt(v[1] * v[1] + v[2] * v[2])];
        static double[] Plain(double[] v) => [v[0] * v[1], Math.Exp(v[2]) - v[0], Math.Sqrt(v[1] * v[1] + v[2] * v[2])];
        var x = new[] { 0.4, -1.3, 0.9 };

        var jacobian = ForwardMode.Jacobian(F, x);
        var numeric = FiniteDifference.Jacobian(Plain, x);
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                AssertClose(numeric[i, j], jacobian[i, j], rtol: 1e-7, atol: 1e-8, what: $"[{i},{j}]");
            }
        }

        var gradient = ForwardMode.Gradient(v => 3 * v[0] * v[0] + 5 * Dual.Exp(v[1]), [0.7, -1.2]);
        AssertClose(4.2, gradient[0], rtol: 1e-15);
        AssertClose(5 * Math.Exp(-1.2), gradient[1], rtol: 1e-15);

        var jvp = ForwardMode.Jvp(F, x, [1, 2, -1]);
        for (var i = 0; i < 3; i++)
        {
            AssertClose(jacobian[i, 0] * 1 + jacobian[i, 1] * 2 - jacobian[i, 2], jvp[i], rtol: 1e-14, atol: 1e-14);
        }
    }

    [Fact]
    public void Jvp_refuses_a_direction_of_the_wrong_length_and_says_why()
    {
        var error = Assert.Throws<ArgumentException>(() => ForwardMode.Jvp(v => v, [1, 2], [1]));
        Assert.Contains("one per input", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_is_culture_invariant()
    {
        Assert.Equal("Dual(value=1.5, tangent=-2)", new Dual(1.5, -2).ToString());
    }
}
