namespace CourseKit.Autograd;

/// <summary>
/// Forward-mode differentiation with <see cref="Dual"/> numbers: one pass per input direction, no graph kept.
/// Cheap when a function has few inputs and many outputs, the mirror image of reverse mode.
/// </summary>
public static class ForwardMode
{
    /// <summary>f′(x) in one forward pass.</summary>
    public static double Derivative(Func<Dual, Dual> f, double x)
    {
        ArgumentNullException.ThrowIfNull(f);
        return f(Dual.Variable(x)).Tangent;
    }

    /// <summary>f(x) and f′(x) from the same forward pass.</summary>
    public static (double Value, double Derivative) ValueAndDerivative(Func<Dual, Dual> f, double x)
    {
        ArgumentNullException.ThrowIfNull(f);
        var y = f(Dual.Variable(x));
        return (y.Value, y.Tangent);
    }

    /// <summary>The directional derivative J(x)·v of a vector function: one forward pass seeded with v.</summary>
    public static double[] Jvp(Func<Dual[], Dual[]> f, double[] x, double[] v)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(v);
        if (v.Length != x.Length)
        {
            throw new ArgumentException($"The direction has {v.Length} components but the point has {x.Length}; give one per input.", nameof(v));
        }

        var inputs = new Dual[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            inputs[i] = new Dual(x[i], v[i]);
        }

        var outputs = f(inputs);
        var result = new double[outputs.Length];
        for (var i = 0; i < outputs.Length; i++)
        {
            result[i] = outputs[i].Tangent;
        }

        return result;
    }

    /// <summary>The gradient of a scalar function of n inputs: n forward passes, one per unit direction.</summary>
    public static double[] Gradient(Func<Dual[], Dual> f, double[] x)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        var inputs = Constants(x);
        var gradient = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            inputs[i] = Dual.Variable(x[i]);
            gradient[i] = f(inputs).Tangent;
            inputs[i] = Dual.Constant(x[i]);
        }

        return gradient;
    }

    /// <summary>The m × n Jacobian of a vector function: column j from one forward pass seeded on input j.</summary>
    public static double[,] Jacobian(Func<Dual[], Dual[]> f, double[] x)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        var inputs = Constants(x);
        double[,]? jacobian = null;
        for (var j = 0; j < x.Length; j++)
        {
            inputs[j] = Dual.Variable(x[j]);
            var outputs = f(inputs);
            inputs[j] = Dual.Constant(x[j]);
            jacobian ??= new double[outputs.Length, x.Length];
            if (outputs.Length != jacobian.GetLength(0))
            {
                throw new ArgumentException(
                    $"The function returned {outputs.Length} values on one pass and {jacobian.GetLength(0)} on another: a Jacobian needs a fixed output length.",
                    nameof(f));
            }

            for (var i = 0; i < outputs.Length; i++)
            {
                jacobian[i, j] = outputs[i].Tangent;
            }
        }

        return jacobian ?? new double[0, 0];
    }

    private static Dual[] Constants(double[] x)
    {
        var inputs = new Dual[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            inputs[i] = Dual.Constant(x[i]);
        }

        return inputs;
    }
}
