using System.Globalization;

namespace CourseKit.Autograd;

/// <summary>
/// A dual number a + bε with ε² = 0: forward-mode automatic differentiation in one value. Carrying the tangent b
/// alongside the value a through every operation yields f(a) and f′(a)·b in a single forward pass, with no tape.
/// </summary>
/// <param name="Value">The primal value a.</param>
/// <param name="Tangent">The tangent b: the derivative of this value with respect to the seeded input.</param>
public readonly record struct Dual(double Value, double Tangent)
{
    /// <summary>The input to differentiate with respect to: its tangent is 1.</summary>
    public static Dual Variable(double value) => new(value, 1);

    /// <summary>A constant: its tangent is 0.</summary>
    public static Dual Constant(double value) => new(value, 0);

    /// <summary>Lets constants appear in dual expressions as plain doubles (<c>3 * x + 1</c>).</summary>
    public static implicit operator Dual(double value) => new(value, 0);

    /// <summary>Sum rule.</summary>
    public static Dual operator +(Dual a, Dual b) => new(a.Value + b.Value, a.Tangent + b.Tangent);

    /// <summary>Difference rule.</summary>
    public static Dual operator -(Dual a, Dual b) => new(a.Value - b.Value, a.Tangent - b.Tangent);

    /// <summary>Negation.</summary>
    public static Dual operator -(Dual a) => new(-a.Value, -a.Tangent);

    /// <summary>Identity.</summary>
    public static Dual operator +(Dual a) => a;

    /// <summary>Product rule: (uv)′ = u′v + uv′.</summary>
    public static Dual operator *(Dual a, Dual b) => new(a.Value * b.Value, a.Tangent * b.Value + a.Value * b.Tangent);

    /// <summary>Quotient rule: (u/v)′ = (u′v − uv′)/v².</summary>
    public static Dual operator /(Dual a, Dual b) =>
        new(a.Value / b.Value, (a.Tangent * b.Value - a.Value * b.Tangent) / (b.Value * b.Value));

    /// <summary>Compares values only, so branches in differentiated code behave as on doubles.</summary>
    public static bool operator <(Dual a, Dual b) => a.Value < b.Value;

    /// <summary>Compares values only.</summary>
    public static bool operator >(Dual a, Dual b) => a.Value > b.Value;

    /// <summary>Compares values only.</summary>
    public static bool operator <=(Dual a, Dual b) => a.Value <= b.Value;

    /// <summary>Compares values only.</summary>
    public static bool operator >=(Dual a, Dual b) => a.Value >= b.Value;

    /// <summary>eˣ, whose derivative is itself.</summary>
    public static Dual Exp(Dual x)
    {
        var e = Math.Exp(x.Value);
        return new(e, e * x.Tangent);
    }

    /// <summary>Natural logarithm: (log u)′ = u′/u.</summary>
    public static Dual Log(Dual x) => new(Math.Log(x.Value), x.Tangent / x.Value);

    /// <summary>Sine: (sin u)′ = cos u · u′.</summary>
    public static Dual Sin(Dual x) => new(Math.Sin(x.Value), Math.Cos(x.Value) * x.Tangent);

    /// <summary>Cosine: (cos u)′ = −sin u · u′.</summary>
    public static Dual Cos(Dual x) => new(Math.Cos(x.Value), -Math.Sin(x.Value) * x.Tangent);

    /// <summary>Tangent: (tan u)′ = (1 + tan² u) · u′.</summary>
    public static Dual Tan(Dual x)
    {
        var t = Math.Tan(x.Value);
        return new(t, (1 + t * t) * x.Tangent);
    }

    /// <summary>Hyperbolic tangent: (tanh u)′ = (1 − tanh² u) · u′.</summary>
    public static Dual Tanh(Dual x)
    {
        var t = Math.Tanh(x.Value);
        return new(t, (1 - t * t) * x.Tangent);
    }

    /// <summary>Logistic sigmoid σ(u) = 1/(1 + e⁻ᵘ): σ′ = σ(1 − σ).</summary>
    public static Dual Sigmoid(Dual x)
    {
        var s = 1 / (1 + Math.Exp(-x.Value));
        return new(s, s * (1 - s) * x.Tangent);
    }

    /// <summary>max(u, 0); its derivative is taken as 0 at 0, as PyTorch does.</summary>
    public static Dual Relu(Dual x) => x.Value > 0 ? x : new(0, 0);

    /// <summary>Square root: (√u)′ = u′ / (2√u).</summary>
    public static Dual Sqrt(Dual x)
    {
        var r = Math.Sqrt(x.Value);
        return new(r, x.Tangent / (2 * r));
    }

    /// <summary>|u|; its derivative is taken as 0 at 0, as PyTorch does.</summary>
    public static Dual Abs(Dual x) => new(Math.Abs(x.Value), Math.Sign(x.Value) * x.Tangent);

    /// <summary>u², cheaper and exact compared with Pow(u, 2).</summary>
    public static Dual Square(Dual x) => x * x;

    /// <summary>Power rule with a constant exponent: (uⁿ)′ = n·uⁿ⁻¹·u′.</summary>
    public static Dual Pow(Dual x, double exponent) =>
        new(Math.Pow(x.Value, exponent), exponent == 0 ? 0 : exponent * Math.Pow(x.Value, exponent - 1) * x.Tangent);

    /// <summary>General power uᵛ = e^(v log u): (uᵛ)′ = uᵛ(v′ log u + v u′/u); needs u &gt; 0 when v varies.</summary>
    public static Dual Pow(Dual x, Dual exponent)
    {
        var value = Math.Pow(x.Value, exponent.Value);
        var fromBase = exponent.Value == 0 ? 0 : exponent.Value * Math.Pow(x.Value, exponent.Value - 1) * x.Tangent;
        var fromExponent = exponent.Tangent == 0 ? 0 : value * Math.Log(x.Value) * exponent.Tangent;
        return new(value, fromBase + fromExponent);
    }

    /// <summary>Prints as <c>Dual(value=…, tangent=…)</c> in invariant culture.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Dual(value={Value:R}, tangent={Tangent:R})");
}
