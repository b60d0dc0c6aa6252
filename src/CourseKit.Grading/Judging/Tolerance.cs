namespace CourseKit.Grading.Judging;

/// <summary>
/// When a learner's number counts as the true one: |got − expected| ≤ atol + rtol·|expected|, numpy.isclose's rule,
/// with explicit rules for values that are not finite.
/// </summary>
/// <param name="Rtol">Relative tolerance.</param>
/// <param name="Atol">Absolute tolerance, which matters near zero.</param>
public readonly record struct Tolerance(double Rtol, double Atol)
{
    /// <summary>The defaults a course uses when an exercise names none: rtol 1e-6, atol 1e-8.</summary>
    public static Tolerance Default { get; } = new(1e-6, 1e-8);

    /// <summary>
    /// Whether <paramref name="got"/> matches <paramref name="expected"/>. A NaN truth accepts only NaN; an infinite truth
    /// only the same infinity; a finite truth never accepts NaN or ∞.
    /// </summary>
    public bool IsClose(double expected, double got)
    {
        if (double.IsNaN(expected))
        {
            return double.IsNaN(got);
        }

        if (double.IsInfinity(expected))
        {
            return got == expected;
        }

        return double.IsFinite(got) && Math.Abs(got - expected) <= Atol + Rtol * Math.Abs(expected);
    }
}
