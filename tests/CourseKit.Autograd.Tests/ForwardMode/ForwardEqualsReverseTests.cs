using CsCheck;

namespace CourseKit.Autograd.Tests.Forward;

public class ForwardEqualsReverseTests
{
    // Each elementary step written twice: once on dual numbers (forward mode), once on tensors (the tape).
    private static readonly (string Name, Func<Dual, Dual> Forward, Func<Tensor, Tensor> Reverse)[] Steps =
    [
        ("sin", Dual.Sin, t => t.Sin()),
        ("cos", Dual.Cos, t => t.Cos()),
        ("tanh", Dual.Tanh, t => t.Tanh()),
        ("exp(x/3)", x => Dual.Exp(x / 3), t => (t / 3).Exp()),
        ("log(1+x^2)", x => Dual.Log(1 + x * x), t => (1 + t * t).Log()),
        ("sqrt(1+x^2)", x => Dual.Sqrt(1 + x * x), t => (1 + t * t).Sqrt()),
        ("sigmoid", Dual.Sigmoid, t => t.Sigmoid()),
        ("x^3-2x", x => Dual.Pow(x, 3) - 2 * x, t => t.Pow(3) - 2 * t),
        ("x/(1+x^2)", x => x / (1 + Dual.Square(x)), t => t / (1 + t.Square())),
        ("x*sin(x)", x => x * Dual.Sin(x), t => t * t.Sin()),
    ];

    [Fact]
    public void Forward_mode_equals_reverse_mode_on_random_compositions()
    {
        var gen = Gen.Select(Gen.Int[0, Steps.Length - 1].Array[1, 6], Gen.Double[-1.5, 1.5]);
        gen.Sample(
            (indices, x) =>
            {
                var forward = ForwardMode.Derivative(
                    v =>
                    {
                        foreach (var i in indices)
                        {
                            v = Steps[i].Forward(v);
                        }

                        return v;
                    },
                    x);

                var input = Tensor.Scalar(x, requiresGrad: true);
                var y = input;
                foreach (var i in indices)
                {
                    y = Steps[i].Reverse(y);
                }

                y.Backward();
                var reverse = input.Grad!.Item();
                var composition = string.Join(" ∘ ", indices.Reverse().Select(i => Steps[i].Name));
                Assert.True(
                    Math.Abs(forward - reverse) <= 1e-12 * Math.Max(1, Math.Abs(forward)),
                    $"{composition} at {x}: forward {forward}, reverse {reverse}");
            },
            seed: "0N0XIzNsQ0O2", iter: 300, threads: 1);
    }
}
