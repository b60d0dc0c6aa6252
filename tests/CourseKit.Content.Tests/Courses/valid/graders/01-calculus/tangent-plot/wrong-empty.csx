ScottPlot.Plot Plot() => new ScottPlot.Plot();
