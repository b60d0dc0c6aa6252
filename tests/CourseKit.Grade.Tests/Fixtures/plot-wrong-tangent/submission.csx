// exercise: tangent-plot
using CourseKit.Plotting;

// The power rule without its factor: (x³)′ taken as x², so the slope is 1 + 1 = 2 instead of 4.
ScottPlot.Plot Plot()
{
    double[] x = Enumerable.Range(1, 30).Select(i => 0.1 * i).ToArray();
    double[] f = x.Select(v => v * v * v - 1 / v).ToArray();
    double[] tangent = x.Select(v => 2 * v - 2).ToArray();
    return Figures.Plot(x, [f, tangent], "x", "f(x)", legend: ["f(x)", "Tangent line (x=1)"]);
}
