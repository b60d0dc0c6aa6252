using System.Globalization;

namespace CourseKit.Grading.Worker.Protocol;

/// <summary>
/// Functions a grader can pass to a learner's <c>Func&lt;double, double&gt;</c> parameter, described by numbers only so
/// they cross the process boundary like any other value: [family, variant, role, parameters…]. The worker builds the
/// delegate from that description, and the grader builds the same one for the reference.
/// </summary>
internal static class FunctionFamily
{
    /// <summary>A smooth function: a·sin(b·x) + c·x² + d.</summary>
    public const int Smooth = 0;

    /// <summary>A cubic polynomial c₀ + c₁x + c₂x² + c₃x³.</summary>
    public const int Polynomial = 1;

    /// <summary>A strictly monotone f on ℝ with a closed-form inverse and derivative.</summary>
    public const int Invertible = 2;

    /// <summary>The role of the passed function with respect to the drawn f: f itself, f′ or f⁻¹.</summary>
    public const int RoleFunction = 0, RoleDerivative = 1, RoleInverse = 2;

    // Invertible variants.
    private const int Affine = 0, Sinh = 1, Exponential = 2;

    /// <summary>Builds the delegate a description stands for.</summary>
    public static Func<double, double> Build(IReadOnlyList<double> description)
    {
        var (family, variant, role) = ((int)description[0], (int)description[1], (int)description[2]);
        var p = description.Skip(3).ToArray();
        return family switch
        {
            Smooth => x => p[0] * Math.Sin(p[1] * x) + p[2] * x * x + p[3],
            Polynomial => x => p[0] + x * (p[1] + x * (p[2] + x * p[3])),
            _ => (variant, role) switch
            {
                (Affine, RoleFunction) => x => p[0] * x + p[1],
                (Affine, RoleDerivative) => _ => p[0],
                (Affine, _) => y => (y - p[1]) / p[0],
                (Sinh, RoleFunction) => x => p[0] * Math.Sinh(x) + p[1],
                (Sinh, RoleDerivative) => x => p[0] * Math.Cosh(x),
                (Sinh, _) => y => Math.Asinh((y - p[1]) / p[0]),
                (Exponential, RoleFunction) => x => p[0] * Math.Exp(x) + p[1],
                (Exponential, RoleDerivative) => x => p[0] * Math.Exp(x),
                _ => y => Math.Log((y - p[1]) / p[0]),
            },
        };
    }

    /// <summary>Draws a description for a family and role; invertible draws share <paramref name="shared"/> within one input.</summary>
    public static double[] Draw(int family, int role, Random random, ref double[]? shared)
    {
        double Between(double low, double high) => Math.Round(low + (high - low) * random.NextDouble(), 2);

        switch (family)
        {
            case Smooth:
                return [Smooth, 0, RoleFunction, Between(0.5, 2), Between(0.5, 2), Between(-1, 1), Between(-1, 1)];
            case Polynomial:
                return [Polynomial, 0, RoleFunction, Between(-2, 2), Between(-2, 2), Between(-1, 1), Between(-1, 1)];
            default:
                // One f per input: f′ and f⁻¹ handed to the same call must belong to the same f. The exponential's
                // shift keeps every y the grader draws (at least −2) inside its inverse's domain.
                shared ??= random.Next(3) switch
                {
                    Affine => [Affine, (random.Next(2) == 0 ? -1 : 1) * Between(0.5, 3), Between(-1, 1)],
                    Sinh => [Sinh, Between(0.5, 2), Between(-1, 1)],
                    _ => [Exponential, Between(0.5, 2), Between(-4, -3)],
                };
                return [Invertible, shared[0], role, shared[1], shared[2]];
        }
    }

    /// <summary>How a report shows the function, e.g. <c>f(x) = 1.5·sinh(x) − 0.3</c> (with its role).</summary>
    public static string Describe(IReadOnlyList<double> description)
    {
        var (family, variant, role) = ((int)description[0], (int)description[1], (int)description[2]);
        var v = description.Skip(3).ToArray();
        string N(double x) => x.ToString("0.##", CultureInfo.InvariantCulture);
        string Plus(double x, string term = "") => x < 0 ? $" − {N(-x)}{term}" : $" + {N(x)}{term}";
        var f = family switch
        {
            Smooth => $"{N(v[0])}·sin({N(v[1])}x){Plus(v[2], "x²")}{Plus(v[3])}",
            Polynomial => $"{N(v[0])}{Plus(v[1], "x")}{Plus(v[2], "x²")}{Plus(v[3], "x³")}",
            _ => variant switch
            {
                Affine => $"{N(v[0])}x{Plus(v[1])}",
                Sinh => $"{N(v[0])}·sinh(x){Plus(v[1])}",
                _ => $"{N(v[0])}·eˣ{Plus(v[1])}",
            },
        };
        return role switch
        {
            RoleDerivative => $"f′ of f(x) = {f}",
            RoleInverse => $"f⁻¹ of f(x) = {f}",
            _ => $"f(x) = {f}",
        };
    }
}
