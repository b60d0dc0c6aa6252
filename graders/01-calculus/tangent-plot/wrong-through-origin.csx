using CourseKit.Plotting;

// Right slope, wrong point: the line y = 4x misses (1, f(1)) = (1, 0).
ScottPlot.Plot Plot()
{
    double[] x = Enumerable.Range(1, 30).Select(i => 0.1 * i).ToArray();
    double[] f = x.Select(v => v * v * v - 1 / v).ToArray();
    double[] tangent = x.Select(v => 4 * v).ToArray();
    return Figures.Plot(x, [f, tangent], "x", "f(x)", legend: ["f(x)", "Tangent line (x=1)"]);
}
