using CourseKit.Plotting;

// Correct curve and line, but drawn only for x in [2, 3], which does not contain the point of tangency.
ScottPlot.Plot Plot()
{
    double[] x = Enumerable.Range(0, 11).Select(i => 2 + 0.1 * i).ToArray();
    double[] f = x.Select(v => v * v * v - 1 / v).ToArray();
    double[] tangent = x.Select(v => 4 * (v - 1)).ToArray();
    return Figures.Plot(x, [f, tangent], "x", "f(x)", legend: ["f(x)", "Tangent line (x=1)"]);
}
