using CourseKit.Grading.Worker.Protocol;

namespace CourseKit.Grading.Judging;

/// <summary>
/// A drawn function argument, kept as its numeric description so the worker can rebuild it for the learner's code
/// and the grader for the reference; neither side ever passes a delegate across.
/// </summary>
/// <param name="Description">[family, variant, role, parameters…].</param>
public sealed record FunctionInput(IReadOnlyList<double> Description)
{
    /// <summary>The delegate the description stands for.</summary>
    public Func<double, double> ToFunc() => FunctionFamily.Build(Description);

    /// <summary>How reports show it, e.g. <c>f⁻¹ of f(x) = 1.5·sinh(x) + 0.2</c>.</summary>
    public override string ToString() => FunctionFamily.Describe(Description);
}
