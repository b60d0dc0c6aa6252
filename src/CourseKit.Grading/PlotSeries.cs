namespace CourseKit.Grading;

/// <summary>One plottable of a learner's plot: its ScottPlot kind, legend label and points in data units.</summary>
/// <param name="Kind">The ScottPlot type name, e.g. <c>Scatter</c>, <c>SignalXY</c>, <c>Signal</c>, <c>FunctionPlot</c>, <c>LinePlot</c>.</param>
/// <param name="Label">Its legend text, or empty.</param>
/// <param name="X">The x of each point (function plottables are sampled across the x limits).</param>
/// <param name="Y">The y of each point, same length as <paramref name="X"/>.</param>
public sealed record PlotSeries(string Kind, string Label, IReadOnlyList<double> X, IReadOnlyList<double> Y);
