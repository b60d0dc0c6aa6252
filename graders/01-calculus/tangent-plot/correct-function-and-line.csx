// A function plottable for f and a line segment for the tangent, with limits that keep clear of the pole at 0.
ScottPlot.Plot Plot()
{
    var plot = new ScottPlot.Plot();
    var f = plot.Add.Function(x => x * x * x - 1 / x);
    f.LegendText = "f(x) = x³ − 1/x";

    // f(1) = 0 and f′(1) = 3·1² + 1/1² = 4: the tangent is y = 4(x − 1).
    var tangent = plot.Add.Line(0.25, 4 * (0.25 - 1), 2, 4 * (2 - 1));
    tangent.LegendText = "tangent at x = 1";

    plot.Axes.SetLimits(0.25, 2, -5, 8);
    plot.XLabel("x");
    plot.YLabel("y");
    plot.ShowLegend();
    return plot;
}
