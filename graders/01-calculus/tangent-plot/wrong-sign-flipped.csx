using CourseKit.Plotting;

// The slope's sign flipped: y = −4(x − 1) passes through (1, 0) but falls where f rises.
ScottPlot.Plot Plot()
{
    double[] x = Enumerable.Range(1, 30).Select(i => 0.1 * i).ToArray();
    double[] f = x.Select(v => v * v * v - 1 / v).ToArray();
    double[] tangent = x.Select(v => -4 * (v - 1)).ToArray();
    return Figures.Plot(x, [f, tangent], "x", "f(x)", legend: ["f(x)", "Tangent line (x=1)"]);
}
