using CourseKit.Plotting;

// f(x) = x³ − 1/x, f(1) = 0, f′(x) = 3x² + 1/x², so the tangent at 1 is y = 4(x − 1).
ScottPlot.Plot Plot()
{
    double[] x = Enumerable.Range(1, 30).Select(i => 0.1 * i).ToArray();
    double[] f = x.Select(v => v * v * v - 1 / v).ToArray();
    double[] tangent = x.Select(v => 4 * (v - 1)).ToArray();
    return Figures.Plot(x, [f, tangent], "x", "f(x)", legend: ["f(x)", "Tangent line (x=1)"]);
}
