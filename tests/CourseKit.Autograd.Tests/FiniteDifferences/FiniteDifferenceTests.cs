using CsCheck;

namespace CourseKit.Autograd.Tests.FiniteDifferences;

public class FiniteDifferenceTests
{
    private static double RelativeError(double estimate, double truth) =>
        Math.Abs(estimate - truth) / Math.Max(Math.Abs(truth), 1e-300);

    [Fact]
    public void Numerical_limit_table_for_3x2_minus_4x_reproduces_the_book_exactly()
    {
        static double F(double x) => 3 * Math.Pow(x, 2) - 4 * x;

        var lines = FiniteDifference.LimitTable(F, 1.0)
            .Select(row => $"h={row.Step:F5}, numerical limit={row.Quotient:F5}");

        Assert.Equal(
            [
                "h=0.10000, numerical limit=2.30000",
                "h=0.01000, numerical limit=2.03000",
                "h=0.00100, numerical limit=2.00300",
                "h=0.00010, numerical limit=2.00030",
                "h=0.00001, numerical limit=2.00003",
            ],
            lines);
    }

    [Theory]
    [InlineData(DifferenceScheme.Forward, 1e-6)]
    [InlineData(DifferenceScheme.Backward, 1e-6)]
    [InlineData(DifferenceScheme.Central, 1e-9)]
    public void Each_scheme_is_as_accurate_as_its_order_with_the_default_step(DifferenceScheme scheme, double tolerance)
    {
        Gen.Double[-3, 3].Sample(
            x =>
            {
                var estimate = FiniteDifference.Derivative(t => Math.Sin(t) * Math.Exp(t / 2), x, scheme);
                var truth = Math.Cos(x) * Math.Exp(x / 2) + 0.5 * Math.Sin(x) * Math.Exp(x / 2);
                Assert.True(Math.Abs(estimate - truth) <= tolerance * Math.Max(1, Math.Abs(truth)), $"x={x}: {estimate} vs {truth}");
            },
            seed: "0N0XIzNsQ0O2", iter: 200, threads: 1);
    }

    [Fact]
    public void Forward_quotient_error_shrinks_linearly_and_central_quadratically()
    {
        static double F(double x) => Math.Exp(x);
        var truth = Math.E;
        var forward1 = Math.Abs(FiniteDifference.Derivative(F, 1, DifferenceScheme.Forward, 1e-2) - truth);
        var forward2 = Math.Abs(FiniteDifference.Derivative(F, 1, DifferenceScheme.Forward, 1e-3) - truth);
        var central1 = Math.Abs(FiniteDifference.Derivative(F, 1, DifferenceScheme.Central, 1e-2) - truth);
        var central2 = Math.Abs(FiniteDifference.Derivative(F, 1, DifferenceScheme.Central, 1e-3) - truth);

        Assert.InRange(forward1 / forward2, 8, 12);
        Assert.InRange(central1 / central2, 80, 120);
    }

    public static TheoryData<string, double, double> SmoothFunctions() => new()
    {
        { "exp", 0.7, Math.Exp(0.7) },
        { "sin", 2.0, Math.Cos(2.0) },
        { "log", 0.3, 1 / 0.3 },
        { "x^3-1/x", 1.0, 4.0 },
        { "x^x", 1.5, Math.Pow(1.5, 1.5) * (Math.Log(1.5) + 1) },
        { "tanh", -0.4, 1 - Math.Tanh(-0.4) * Math.Tanh(-0.4) },
    };

    private static Func<double, double> Named(string name) => name switch
    {
        "exp" => Math.Exp,
        "sin" => Math.Sin,
        "log" => Math.Log,
        "x^3-1/x" => x => x * x * x - 1 / x,
        "x^x" => x => Math.Pow(x, x),
        "tanh" => Math.Tanh,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(SmoothFunctions))]
    public void Richardson_reaches_1e9_relative_error_on_smooth_functions(string name, double x, double truth)
    {
        var estimate = FiniteDifference.Richardson(Named(name), x);

        Assert.True(RelativeError(estimate.Value, truth) < 1e-9, $"{name}: {estimate.Value} vs {truth}");
        // The error estimate must not be wildly optimistic.
        Assert.True(Math.Abs(estimate.Value - truth) <= Math.Max(100 * estimate.Error, 1e-13), $"{name}: error {Math.Abs(estimate.Value - truth)} vs estimate {estimate.Error}");
        Assert.True(estimate.Evaluations > 0);
    }

    [Fact]
    public void Richardson_shrinks_the_first_step_until_the_function_is_defined()
    {
        // log is undefined left of 0: the default first step 0.1 at x = 0.05 would leave the domain.
        var estimate = FiniteDifference.Richardson(Math.Log, 0.05);

        Assert.True(RelativeError(estimate.Value, 20) < 1e-8, $"{estimate.Value}");
    }

    [Fact]
    public void Central_gradient_costs_exactly_2n_evaluations_and_forward_n_plus_1()
    {
        var calls = 0;
        double F(double[] x)
        {
            calls++;
            return x.Sum(v => v * v);
        }

        var x = Enumerable.Range(0, 100).Select(i => i / 10.0).ToArray();
        FiniteDifference.Gradient(F, x);
        Assert.Equal(200, calls);

        calls = 0;
        FiniteDifference.Gradient(F, x, DifferenceScheme.Forward);
        Assert.Equal(101, calls);
    }

    [Fact]
    public void Gradient_of_3x1_squared_plus_5_exp_x2_matches_the_formula_and_leaves_x_alone()
    {
        var x = new[] { 0.7, -1.2 };
        var gradient = FiniteDifference.Gradient(v => 3 * v[0] * v[0] + 5 * Math.Exp(v[1]), x);

        Assert.Equal(6 * 0.7, gradient[0], 1e-8);
        Assert.Equal(5 * Math.Exp(-1.2), gradient[1], 1e-8);
        Assert.Equal([0.7, -1.2], x);
    }

    [Fact]
    public void Jacobian_of_a_vector_function_matches_the_formula_in_every_scheme()
    {
        static double[] F(double[] v) => [v[0] * v[1], Math.Sin(v[0]), v[1] * v[1] * v[2]];
        var x = new[] { 0.5, -2.0, 3.0 };
        double[,] truth =
        {
            { x[1], x[0], 0 },
            { Math.Cos(x[0]), 0, 0 },
            { 0, 2 * x[1] * x[2], x[1] * x[1] },
        };

        foreach (var (scheme, tolerance) in new[] { (DifferenceScheme.Central, 1e-8), (DifferenceScheme.Forward, 1e-6), (DifferenceScheme.Backward, 1e-6) })
        {
            var jacobian = FiniteDifference.Jacobian(F, x, scheme);
            Assert.Equal(3, jacobian.GetLength(0));
            Assert.Equal(3, jacobian.GetLength(1));
            for (var i = 0; i < 3; i++)
            {
                for (var j = 0; j < 3; j++)
                {
                    Assert.True(Math.Abs(jacobian[i, j] - truth[i, j]) < tolerance * Math.Max(1, Math.Abs(truth[i, j])), $"{scheme} [{i},{j}]: {jacobian[i, j]} vs {truth[i, j]}");
                }
            }
        }
    }

    [Fact]
    public void Hessian_of_xT_A_x_is_A_plus_A_transpose()
    {
        var random = new Random(7);
        const int N = 4;
        var a = new double[N, N];
        for (var i = 0; i < N; i++)
        {
            for (var j = 0; j < N; j++)
            {
                a[i, j] = random.NextDouble() * 2 - 1;
            }
        }

        double F(double[] x)
        {
            var sum = 0.0;
            for (var i = 0; i < N; i++)
            {
                for (var j = 0; j < N; j++)
                {
                    sum += x[i] * a[i, j] * x[j];
                }
            }

            return sum;
        }

        var hessian = FiniteDifference.Hessian(F, [0.3, -0.8, 1.1, 0.05]);

        for (var i = 0; i < N; i++)
        {
            for (var j = 0; j < N; j++)
            {
                Assert.Equal(a[i, j] + a[j, i], hessian[i, j], 1e-5);
            }
        }
    }

    [Fact]
    public void A_step_that_is_not_positive_is_refused_with_the_reason()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => FiniteDifference.Derivative(Math.Sin, 1, step: 0));
        Assert.Contains("positive", error.Message, StringComparison.Ordinal);
    }
}
