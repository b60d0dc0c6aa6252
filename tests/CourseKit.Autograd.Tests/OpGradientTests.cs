using CsCheck;

namespace CourseKit.Autograd.Tests;

/// <summary>Every operation's gradient against central finite differences, on seeded random shapes.</summary>
public class OpGradientTests
{
    public static TheoryData<string> Binary => new() { "+", "-", "*", "/", "pow" };

    [Theory]
    [MemberData(nameof(Binary))]
    public void Binary_op_gradients_match_finite_differences_with_broadcasting(string op)
    {
        Property.ForAll(Gen.Select(ShapeGen.Broadcastable, ShapeGen.Seed), t =>
        {
            var ((sa, sb), seed) = t;
            var a = op == "pow" ? Verify.Uniform(sa, seed, 0.5, 2) : Verify.Normal(sa, seed);
            var b = op is "/" ? Verify.Uniform(sb, seed + 1, 0.5, 2) : op == "pow" ? Verify.Uniform(sb, seed + 1, -2, 2) : Verify.Normal(sb, seed + 1);
            Func<Tensor[], Tensor> f = op switch
            {
                "+" => x => x[0] + x[1],
                "-" => x => x[0] - x[1],
                "*" => x => x[0] * x[1],
                "/" => x => x[0] / x[1],
                _ => x => x[0].Pow(x[1]),
            };
            Verify.Passes(GradCheck.Check(f, a, b));
        });
    }

    public static TheoryData<string> Unary => new()
    {
        "exp", "log", "sin", "cos", "tan", "tanh", "sigmoid", "relu", "sqrt", "abs", "square", "neg",
        "pow2", "pow3", "pow0.5", "pow-1", "pow0", "+c", "c-", "-c", "*c", "c*", "/c", "c/",
    };

    private static (Func<Tensor, Tensor> F, double Lo, double Hi) UnaryCase(string op) => op switch
    {
        "exp" => (x => x.Exp(), -2, 2),
        "log" => (x => x.Log(), 0.2, 3),
        "sin" => (x => x.Sin(), -3, 3),
        "cos" => (x => Tensor.Cos(x), -3, 3),
        "tan" => (x => x.Tan(), -1.2, 1.2),
        "tanh" => (x => x.Tanh(), -3, 3),
        "sigmoid" => (x => x.Sigmoid(), -4, 4),
        "relu" => (x => x.Relu(), 0.1, 2), // away from the kink, where the derivative is defined
        "sqrt" => (x => x.Sqrt(), 0.2, 3),
        "abs" => (x => x.Abs(), 0.1, 2),
        "square" => (x => x.Square(), -2, 2),
        "neg" => (x => -x, -2, 2),
        "pow2" => (x => x.Pow(2), -2, 2),
        "pow3" => (x => x.Pow(3), -2, 2),
        "pow0.5" => (x => x.Pow(0.5), 0.2, 3),
        "pow-1" => (x => Tensor.Pow(x, -1), 0.5, 3),
        "pow0" => (x => x.Pow(0), -2, 2),
        "+c" => (x => x + 3, -2, 2),
        "c-" => (x => 3 - x, -2, 2),
        "-c" => (x => x - 3, -2, 2),
        "*c" => (x => x * 3, -2, 2),
        "c*" => (x => 3 * x, -2, 2),
        "/c" => (x => x / 3, -2, 2),
        _ => (x => 3 / x, 0.5, 3),
    };

    [Theory]
    [MemberData(nameof(Unary))]
    public void Unary_op_gradients_match_finite_differences(string op)
    {
        var (f, lo, hi) = UnaryCase(op);
        Property.ForAll(Gen.Select(ShapeGen.Any, ShapeGen.Seed), t =>
        {
            var x = Verify.Uniform(t.Item1, t.Item2, lo, hi);
            Verify.Passes(GradCheck.Check(xs => f(xs[0]), x));
        }, count: 15);
    }

    [Theory]
    [MemberData(nameof(Unary))]
    public void Unary_op_second_derivatives_match_finite_differences(string op)
    {
        // Differentiating the recorded gradient checks every createGraph backward rule.
        var (f, lo, hi) = UnaryCase(op);
        Property.ForAll(Gen.Select(ShapeGen.Any, ShapeGen.Seed), t =>
        {
            var x = Verify.Uniform(t.Item1, t.Item2, lo, hi);
            Verify.Passes(GradCheck.Check(xs => Differentiate.Grad(z => f(z).Sum(), xs[0]), x));
        }, count: 6);
    }

    [Theory]
    [MemberData(nameof(Binary))]
    public void Binary_op_second_derivatives_match_finite_differences(string op)
    {
        Property.ForAll(Gen.Select(ShapeGen.Broadcastable, ShapeGen.Seed), t =>
        {
            var ((sa, sb), seed) = t;
            var a = op == "pow" ? Verify.Uniform(sa, seed, 0.5, 2) : Verify.Normal(sa, seed);
            var b = op is "/" or "pow" ? Verify.Uniform(sb, seed + 1, 0.5, 2) : Verify.Normal(sb, seed + 1);
            Func<Tensor, Tensor, Tensor> f = op switch
            {
                "+" => (x, y) => (x + y).Square(),
                "-" => (x, y) => (x - y).Square(),
                "*" => (x, y) => x * y,
                "/" => (x, y) => x / y,
                _ => (x, y) => x.Pow(y),
            };

            // d/da of Σ f(a, b)·w, as a function of both a and b, through Backward(createGraph: true).
            Verify.Passes(GradCheck.Check(
                xs =>
                {
                    var first = xs[0] * 1.0;
                    var y = f(first, xs[1]);
                    y.Backward(Tensor.OnesLike(y) * 0.5, createGraph: true);
                    var g = xs[0].Grad!;
                    xs[0].Grad = null;
                    xs[1].Grad = null;
                    return g;
                },
                a,
                b));
        }, count: 12);
    }

    [Fact]
    public void Reductions_match_finite_differences()
    {
        Property.ForAll(Gen.Select(ShapeGen.NonScalar, ShapeGen.Seed, Gen.Int[-3, 2], Gen.Bool), t =>
        {
            var (shape, seed, axisDraw, keep) = t;
            var x = Verify.Normal(shape, seed);
            var axis = axisDraw < 0 ? Math.Max(axisDraw, -shape.Length) : axisDraw % shape.Length;
            Verify.Passes(GradCheck.Check(xs => xs[0].Sum(), x));
            Verify.Passes(GradCheck.Check(xs => xs[0].Mean(), x));
            Verify.Passes(GradCheck.Check(xs => xs[0].Max(), x));
            Verify.Passes(GradCheck.Check(xs => Tensor.Min(xs[0]), x));
            Verify.Passes(GradCheck.Check(xs => xs[0].Norm(), x));
            Verify.Passes(GradCheck.Check(xs => xs[0].Sum(axis, keep), x));
            Verify.Passes(GradCheck.Check(xs => xs[0].Mean(axis, keep), x));
            Verify.Passes(GradCheck.Check(xs => xs[0].Max(axis, keep), x));
            Verify.Passes(GradCheck.Check(xs => xs[0].Min(axis, keep), x));

            // Second order through each reduction's recorded backward.
            Verify.Passes(GradCheck.Check(xs => Differentiate.Grad(z => (z.Sum(axis, keep) * z.Max(axis, keep)).Sum(), xs[0]), x));
            Verify.Passes(GradCheck.Check(xs => Differentiate.Grad(z => z.Norm() * z.Mean(axis).Sum() + z.Max() * z.Min(), xs[0]), x));
        }, count: 20);
    }

    public static TheoryData<int[], int[]> MatMulShapes => new()
    {
        { new[] { 3 }, new[] { 3 } },
        { new[] { 2, 3 }, new[] { 3, 4 } },
        { new[] { 3 }, new[] { 3, 4 } },
        { new[] { 2, 3 }, new[] { 3 } },
        { new[] { 2, 2, 3 }, new[] { 2, 3, 4 } },
        { new[] { 2, 2, 3 }, new[] { 3, 4 } },
        { new[] { 2, 3 }, new[] { 2, 3, 4 } },
        { new[] { 2, 1, 2, 3 }, new[] { 3, 3, 2 } },
        { new[] { 3 }, new[] { 2, 3, 4 } },
        { new[] { 2, 2, 3 }, new[] { 3 } },
    };

    [Theory]
    [MemberData(nameof(MatMulShapes))]
    public void MatMul_gradients_match_finite_differences(int[] sa, int[] sb)
    {
        var a = Verify.Normal(sa, 11);
        var b = Verify.Normal(sb, 12);
        Verify.Passes(GradCheck.Check(xs => xs[0].MatMul(xs[1]), a, b));
        Verify.Passes(GradCheck.Check(xs => Differentiate.Grad(z => z.MatMul(xs[1]).Square().Sum(), xs[0]), a, b));
        Verify.Passes(GradCheck.Check(xs => Differentiate.Grad(z => xs[0].MatMul(z).Square().Sum(), xs[1]), a, b));
    }

    [Fact]
    public void Dot_gradient_matches_finite_differences()
    {
        var a = Verify.Normal([5], 1);
        var b = Verify.Normal([5], 2);
        Verify.Passes(GradCheck.Check(xs => Tensor.Dot(xs[0], xs[1]), a, b));
        Verify.Passes(GradCheck.Check(xs => Differentiate.Grad(z => z.Dot(xs[1]).Square(), xs[0]), a, b));
    }

    [Fact]
    public void Shape_operations_match_finite_differences()
    {
        var x = Verify.Normal([2, 3, 4], 3);
        var y = Verify.Normal([2, 3, 4], 4);
        Func<Tensor, Tensor>[] ops =
        [
            t => t.Reshape(4, -1),
            t => t.Transpose(0, 2),
            t => t.Transpose(-1, -2),
            t => t.T,
            t => t.Permute(1, 2, 0),
            t => t[1],
            t => t[^1],
            t => t[1, 2],
            t => t[0..1],
            t => t.Narrow(2, 1, 2),
            t => t.Sum(0).Expand(5, 3, 4),
            t => t.Flatten()[3..7],
            t => Tensor.Concat([t, t.Square()], 1),
            t => Tensor.Concat([t, t.Sin(), t], -1),
            t => Tensor.Stack([t, t.Exp()], 3),
            t => Tensor.Stack(t[0], t[1]),
        ];
        foreach (var op in ops)
        {
            Verify.Passes(GradCheck.Check(xs => op(xs[0]) * 1.5, x));
            Verify.Passes(GradCheck.Check(xs => Differentiate.Grad(z => (op(z) * op(xs[1])).Square().Sum(), xs[0]), x, y));
        }
    }

    [Fact]
    public void A_composed_network_matches_finite_differences()
    {
        var x = Verify.Normal([4, 3], 1);
        var w1 = Verify.Normal([3, 5], 2);
        var b1 = Verify.Normal([5], 3);
        var w2 = Verify.Normal([5, 1], 4);
        Verify.Passes(GradCheck.Check(
            p => ((p[0].MatMul(p[1]) + p[2]).Tanh().MatMul(p[3]).Sigmoid() - 0.5).Square().Mean(),
            x, w1, b1, w2));
    }
}
