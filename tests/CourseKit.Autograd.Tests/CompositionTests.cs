using CsCheck;

namespace CourseKit.Autograd.Tests;

/// <summary>Random compositions of operations: three independent routes to the same derivatives must agree.</summary>
public class CompositionTests
{
    // Smooth on the whole real line, so random points never hit a kink or a pole.
    private static readonly Func<Tensor, Tensor>[] UnaryOps =
    [
        x => x.Sin(),
        x => x.Tanh(),
        x => x.Sigmoid(),
        x => (x * 0.5).Exp(),
        x => x.Square() * 0.3,
        x => (x.Square() + 1).Sqrt(),
        x => (x.Square() + 1).Log(),
        x => 1 / (x.Square() + 1),
        x => x.Cos() - x,
    ];

    private static readonly Func<Tensor, Tensor, Tensor>[] BinaryOps =
    [
        (a, b) => a + b,
        (a, b) => a - b,
        (a, b) => a * b,
        (a, b) => a / (b.Square() + 1),
    ];

    /// <summary>A random program: each step applies a unary op to, or combines, earlier values of a 3-vector.</summary>
    private static Func<Tensor, Tensor> Program(int[] code)
    {
        return x =>
        {
            var values = new List<Tensor> { x };
            for (var i = 0; i + 2 < code.Length; i += 3)
            {
                var first = values[code[i + 1] % values.Count];
                var second = values[code[i + 2] % values.Count];
                var op = code[i] % (UnaryOps.Length + BinaryOps.Length);
                values.Add(op < UnaryOps.Length ? UnaryOps[op](first) : BinaryOps[op - UnaryOps.Length](first, second));
            }

            return Tensor.Stack(values[^1].Sum(), values[^1][0] * values[^2][1], values.Count > 2 ? values[^3][2] : x[2]);
        };
    }

    private static readonly Gen<(int[] Code, int Seed)> Programs = Gen.Select(Gen.Int[0, 1000].Array[3, 18], ShapeGen.Seed);

    [Fact]
    public void Forward_and_reverse_Jacobians_agree_and_match_finite_differences()
    {
        Property.ForAll(Programs, t =>
        {
            var f = Program(t.Code);
            var x = Tensor.Randn([3], t.Seed);
            var reverse = Differentiate.Jacobian(f, x);
            var forward = Differentiate.Jacobian(f, x, JacobianMode.Forward);
            Assert.True(forward.AllClose(reverse, 1e-10, 1e-12), $"forward {forward}\nreverse {reverse}");
            Verify.Passes(GradCheck.Check(xs => f(xs[0]), x.Detach().RequiresGrad_()));
        }, count: 30);
    }

    [Fact]
    public void Hessians_are_symmetric_and_match_differences_of_gradients()
    {
        Property.ForAll(Programs, t =>
        {
            var f = Program(t.Code);
            Tensor Scalar(Tensor v) => f(v).Sum();
            var x = Tensor.Randn([3], t.Seed);
            var h = Differentiate.Hessian(Scalar, x);
            Assert.True(h.AllClose(h.T, 1e-9, 1e-10), h.ToString());
            Verify.Passes(GradCheck.Check(xs => Differentiate.Grad(Scalar, xs[0]), x.Detach().RequiresGrad_()));
        }, count: 20);
    }
}
