namespace CourseKit.Content.Model;

/// <summary>What a plot exercise's figure must show (<c>check.plot</c>).</summary>
/// <param name="TangentAt">When set, one series must be the tangent of the reference at this x.</param>
/// <param name="XContains">When set, every series' x-range must contain this value.</param>
/// <param name="Require">Decorations that must be present: any of <c>xlabel</c>, <c>ylabel</c>, <c>legend</c>, <c>title</c>.</param>
public sealed record PlotExpectations(double? TangentAt, double? XContains, IReadOnlyList<string> Require);
