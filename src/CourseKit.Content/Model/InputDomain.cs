namespace CourseKit.Content.Model;

/// <summary>How the grader draws one parameter's values (<c>check.inputs.&lt;name&gt;</c>).</summary>
/// <param name="Parameter">The entry parameter it describes.</param>
/// <param name="Min">Lower end of the uniform range (each element for arrays).</param>
/// <param name="Max">Upper end of the uniform range.</param>
/// <param name="Shape">Array dimensions; empty for scalars.</param>
/// <param name="Exclude">Values to stay away from (e.g. 0 for 1/x), by at least 1e-3.</param>
/// <param name="NonZero">For arrays: never draw the all-zero vector.</param>
/// <param name="Values">When not empty, draw from these values only (numbers or strings as written).</param>
/// <param name="Family">For <c>Func&lt;double, double&gt;</c> parameters: which family of functions to draw.</param>
public sealed record InputDomain(
    string Parameter,
    double Min,
    double Max,
    IReadOnlyList<ShapeDimension> Shape,
    IReadOnlyList<double> Exclude,
    bool NonZero,
    IReadOnlyList<string> Values,
    string? Family);
