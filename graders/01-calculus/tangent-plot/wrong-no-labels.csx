using CourseKit.Plotting;

// The right curves, without axis labels or a legend.
ScottPlot.Plot Plot()
{
    double[] x = Enumerable.Range(1, 30).Select(i => 0.1 * i).ToArray();
    double[] f = x.Select(v => v * v * v - 1 / v).ToArray();
    double[] tangent = x.Select(v => 4 * (v - 1)).ToArray();
    return Figures.Plot(x, [f, tangent]);
}
