// Plain ScottPlot: two scatter series, labelled axes and a legend.
ScottPlot.Plot Plot()
{
    double F(double x) => Math.Pow(x, 3) - 1 / x;
    double slope = 3 * 1 * 1 + 1 / (1.0 * 1);
    double[] xs = Enumerable.Range(0, 41).Select(i => 0.5 + i * 0.05).ToArray();

    var plot = new ScottPlot.Plot();
    var curve = plot.Add.Scatter(xs, xs.Select(F).ToArray());
    curve.LegendText = "f(x) = x^3 - 1/x";
    var line = plot.Add.Scatter(xs, xs.Select(x => F(1) + slope * (x - 1)).ToArray());
    line.LegendText = "tangent at x = 1";
    plot.XLabel("x");
    plot.YLabel("y");
    plot.ShowLegend();
    return plot;
}
