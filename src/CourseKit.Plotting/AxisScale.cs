namespace CourseKit.Plotting;

/// <summary>How an axis maps data to position, as matplotlib's <c>xscale</c>/<c>yscale</c> strings do.</summary>
public enum AxisScale
{
    /// <summary>Equal steps in data are equal steps on the axis.</summary>
    Linear,

    /// <summary>
    /// Equal ratios are equal steps (base 10). ScottPlot has no logarithmic axis, so series on such an axis
    /// hold log10 of the data and the tick labels show the original values; non-positive points are dropped.
    /// </summary>
    Log,
}
