namespace CourseKit.Content.Model;

/// <summary>Course-wide grading settings; each exercise's <c>check</c> inherits them when it does not set its own.</summary>
/// <param name="Rtol">Relative tolerance when comparing a learner's numbers with the truth.</param>
/// <param name="Atol">Absolute tolerance, for values near zero.</param>
/// <param name="Samples">How many inputs are drawn per check.</param>
/// <param name="TimeLimit">Wall-clock limit for one submission.</param>
public sealed record GradingDefaults(double Rtol, double Atol, int Samples, TimeSpan TimeLimit)
{
    /// <summary>What applies when course.yml has no <c>grading</c> section.</summary>
    public static GradingDefaults BuiltIn { get; } = new(1e-6, 1e-9, 10, TimeSpan.FromSeconds(2));
}
