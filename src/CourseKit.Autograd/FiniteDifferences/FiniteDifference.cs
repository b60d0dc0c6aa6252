namespace CourseKit.Autograd;

/// <summary>
/// Derivatives by finite differences: the independent oracle the autograd engine and every learner answer
/// are checked against. Works on plain functions of doubles, so it shares no code with the tape.
/// </summary>
public static class FiniteDifference
{
    /// <summary>
    /// The step a scheme uses at <paramref name="x"/> when none is given: it balances truncation error against
    /// rounding error (√ε for one-sided quotients, ∛ε for central ones), scaled by |x| so large arguments work.
    /// </summary>
    public static double DefaultStep(double x, DifferenceScheme scheme = DifferenceScheme.Central)
    {
        var scale = Math.Max(Math.Abs(x), 1.0);
        var h = scheme == DifferenceScheme.Central ? Math.Cbrt(Eps) * scale : Math.Sqrt(Eps) * scale;
        return Representable(x, h);
    }

    /// <summary>Estimates f′(x) with one difference quotient.</summary>
    /// <param name="f">The function.</param>
    /// <param name="x">Where to differentiate.</param>
    /// <param name="scheme">Forward, backward or central (the default, error O(h²)).</param>
    /// <param name="step">The step h; when null, <see cref="DefaultStep"/>.</param>
    public static double Derivative(Func<double, double> f, double x, DifferenceScheme scheme = DifferenceScheme.Central, double? step = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        var h = step is { } s ? CheckStep(s) : DefaultStep(x, scheme);
        return scheme switch
        {
            DifferenceScheme.Forward => (f(x + h) - f(x)) / h,
            DifferenceScheme.Backward => (f(x) - f(x - h)) / h,
            DifferenceScheme.Central => (f(x + h) - f(x - h)) / (2 * h),
            _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Use Forward, Backward or Central."),
        };
    }

    /// <summary>
    /// Estimates f′(x) by Richardson extrapolation of central differences (Ridders' tableau): the step shrinks
    /// geometrically and the tableau cancels error terms until they stop improving. Returns the estimate with an
    /// error estimate; on smooth functions the relative error is typically below 1e-10.
    /// </summary>
    /// <param name="f">The function; it must be defined on [x − step, x + step].</param>
    /// <param name="x">Where to differentiate.</param>
    /// <param name="step">The first, largest step; when null, 0.1·max(|x|, 1), halved while f is not finite there.</param>
    public static DerivativeEstimate Richardson(Func<double, double> f, double x, double? step = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        const int MaxRows = 12;
        const double Shrink = 1.4, Shrink2 = Shrink * Shrink, Safe = 2.0;

        var evaluations = 0;
        double Central(double hh)
        {
            evaluations += 2;
            return (f(x + hh) - f(x - hh)) / (2 * hh);
        }

        var h = step is { } s ? CheckStep(s) : 0.1 * Math.Max(Math.Abs(x), 1.0);
        var first = Central(h);
        for (var tries = 0; !double.IsFinite(first) && tries < 40; tries++)
        {
            h /= 2;
            first = Central(h);
        }

        // tableau[j] holds row j of the previous column, overwritten in place column by column.
        Span<double> previous = stackalloc double[MaxRows];
        Span<double> current = stackalloc double[MaxRows];
        previous[0] = first;
        var best = first;
        var error = double.PositiveInfinity;
        for (var i = 1; i < MaxRows; i++)
        {
            h /= Shrink;
            current[0] = Central(h);
            var factor = Shrink2;
            for (var j = 1; j <= i; j++)
            {
                current[j] = (current[j - 1] * factor - previous[j - 1]) / (factor - 1);
                factor *= Shrink2;
                var candidate = Math.Max(Math.Abs(current[j] - current[j - 1]), Math.Abs(current[j] - previous[j - 1]));
                if (candidate <= error)
                {
                    error = candidate;
                    best = current[j];
                }
            }

            // Higher order has made things worse by a clear margin: rounding has taken over, stop here.
            if (Math.Abs(current[i] - previous[i - 1]) >= Safe * error)
            {
                break;
            }

            current.CopyTo(previous);
        }

        return new DerivativeEstimate(best, error, evaluations);
    }

    /// <summary>
    /// The numerical-limit experiment: forward quotients (f(x + h) − f(x)) / h for h = h₀, h₀·factor, …, computed in
    /// the same order of floating-point operations as the classic notebook so the printed table matches it exactly.
    /// </summary>
    public static IReadOnlyList<LimitRow> LimitTable(Func<double, double> f, double x, double firstStep = 0.1, double factor = 0.1, int rows = 5)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        var table = new LimitRow[rows];
        var h = firstStep;
        for (var i = 0; i < rows; i++)
        {
            table[i] = new LimitRow(h, (f(x + h) - f(x)) / h);
            h *= factor;
        }

        return table;
    }

    /// <summary>
    /// The gradient of a scalar function of n variables. Central differences cost exactly 2n evaluations of f,
    /// forward or backward ones n + 1; <paramref name="x"/> is not modified.
    /// </summary>
    public static double[] Gradient(Func<double[], double> f, double[] x, DifferenceScheme scheme = DifferenceScheme.Central, double? step = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        var point = (double[])x.Clone();
        var gradient = new double[x.Length];
        var f0 = scheme == DifferenceScheme.Central ? 0 : f(point);
        for (var i = 0; i < x.Length; i++)
        {
            var h = step is { } s ? CheckStep(s) : DefaultStep(x[i], scheme);
            gradient[i] = scheme switch
            {
                DifferenceScheme.Forward => (At(f, point, i, x[i] + h) - f0) / h,
                DifferenceScheme.Backward => (f0 - At(f, point, i, x[i] - h)) / h,
                _ => (At(f, point, i, x[i] + h) - At(f, point, i, x[i] - h)) / (2 * h),
            };
            point[i] = x[i];
        }

        return gradient;
    }

    /// <summary>
    /// The m × n Jacobian of a vector function: row i is the gradient of output i. One column per input,
    /// two evaluations of f each with central differences; <paramref name="x"/> is not modified.
    /// </summary>
    public static double[,] Jacobian(Func<double[], double[]> f, double[] x, DifferenceScheme scheme = DifferenceScheme.Central, double? step = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        var point = (double[])x.Clone();
        double[]? f0 = scheme == DifferenceScheme.Central ? null : f(point);
        double[,]? jacobian = f0 is null ? null : new double[f0.Length, x.Length];
        for (var j = 0; j < x.Length; j++)
        {
            var h = step is { } s ? CheckStep(s) : DefaultStep(x[j], scheme);
            double[] plus, minus;
            double width;
            switch (scheme)
            {
                case DifferenceScheme.Forward:
                    plus = AtVector(f, point, j, x[j] + h);
                    minus = f0!;
                    width = h;
                    break;
                case DifferenceScheme.Backward:
                    plus = f0!;
                    minus = AtVector(f, point, j, x[j] - h);
                    width = h;
                    break;
                default:
                    plus = AtVector(f, point, j, x[j] + h);
                    minus = AtVector(f, point, j, x[j] - h);
                    width = 2 * h;
                    break;
            }

            point[j] = x[j];
            jacobian ??= new double[plus.Length, x.Length];
            if (plus.Length != jacobian.GetLength(0) || minus.Length != jacobian.GetLength(0))
            {
                throw new ArgumentException(
                    $"The function returned {plus.Length} and {minus.Length} values at nearby points but {jacobian.GetLength(0)} before: a Jacobian needs a fixed output length.",
                    nameof(f));
            }

            for (var i = 0; i < plus.Length; i++)
            {
                jacobian[i, j] = (plus[i] - minus[i]) / width;
            }
        }

        return jacobian ?? new double[0, 0];
    }

    /// <summary>
    /// The n × n Hessian of a scalar function by central second differences (step ε^¼·max(|xᵢ|, 1) when none is
    /// given). Symmetric by construction; <paramref name="x"/> is not modified.
    /// </summary>
    public static double[,] Hessian(Func<double[], double> f, double[] x, double? step = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        var n = x.Length;
        var point = (double[])x.Clone();
        var steps = new double[n];
        for (var i = 0; i < n; i++)
        {
            steps[i] = step is { } s ? CheckStep(s) : Representable(x[i], Math.Pow(Eps, 0.25) * Math.Max(Math.Abs(x[i]), 1.0));
        }

        var f0 = f(point);
        var hessian = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            var hi = steps[i];
            hessian[i, i] = (At(f, point, i, x[i] + hi) - 2 * f0 + At(f, point, i, x[i] - hi)) / (hi * hi);
            point[i] = x[i];
            for (var j = i + 1; j < n; j++)
            {
                var hj = steps[j];
                var pp = At2(f, point, i, x[i] + hi, j, x[j] + hj);
                var pm = At2(f, point, i, x[i] + hi, j, x[j] - hj);
                var mp = At2(f, point, i, x[i] - hi, j, x[j] + hj);
                var mm = At2(f, point, i, x[i] - hi, j, x[j] - hj);
                point[i] = x[i];
                point[j] = x[j];
                hessian[i, j] = hessian[j, i] = (pp - pm - mp + mm) / (4 * hi * hj);
            }
        }

        return hessian;
    }

    private const double Eps = 2.220446049250313e-16; // double machine epsilon (2^-52), not double.Epsilon

    // x + h − x is the step the machine actually takes; using it instead of h removes a rounding error.
    private static double Representable(double x, double h)
    {
        var actual = x + h - x;
        return actual > 0 ? actual : h;
    }

    private static double CheckStep(double h) =>
        h > 0 && double.IsFinite(h) ? h : throw new ArgumentOutOfRangeException(nameof(h), h, "The step must be a positive, finite number.");

    private static double At(Func<double[], double> f, double[] point, int i, double value)
    {
        point[i] = value;
        return f(point);
    }

    private static double[] AtVector(Func<double[], double[]> f, double[] point, int i, double value)
    {
        point[i] = value;
        return f(point);
    }

    private static double At2(Func<double[], double> f, double[] point, int i, double vi, int j, double vj)
    {
        point[i] = vi;
        point[j] = vj;
        return f(point);
    }
}
