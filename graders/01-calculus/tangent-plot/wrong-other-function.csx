using CourseKit.Plotting;

// The chapter's f(x) = 3x² − 4x and its tangent, not the exercise's function.
ScottPlot.Plot Plot()
{
    double[] x = Enumerable.Range(0, 30).Select(i => 0.1 * i).ToArray();
    double[] f = x.Select(v => 3 * v * v - 4 * v).ToArray();
    double[] tangent = x.Select(v => 2 * v - 3).ToArray();
    return Figures.Plot(x, [f, tangent], "x", "f(x)", legend: ["f(x)", "Tangent line (x=1)"]);
}
