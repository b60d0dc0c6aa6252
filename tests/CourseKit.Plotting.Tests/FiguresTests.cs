using System.Xml.Linq;
using ScottPlot;
using ScottPlot.Plottables;

namespace CourseKit.Plotting.Tests;

public class FiguresTests
{
    private static Scatter[] Series(Plot plot) => plot.GetPlottables().OfType<Scatter>().ToArray();

    [Fact]
    public void Y_alone_is_plotted_against_its_index()
    {
        var series = Series(Figures.Plot([5.0, 7, 9])).Single();
        var points = series.Data.GetScatterPoints();
        Assert.Equal([0.0, 1, 2], points.Select(p => p.X));
        Assert.Equal([5.0, 7, 9], points.Select(p => p.Y));
    }

    [Fact]
    public void Each_series_takes_the_next_format_and_formats_cycle()
    {
        double[] x = [0, 1, 2];
        double[][] ys = [[0, 1, 2], [1, 2, 3], [2, 3, 4], [3, 4, 5], [4, 5, 6]];
        var series = Series(Figures.Plot(x, ys));

        Assert.Equal(5, series.Length);
        Assert.Equal(LineFormat.Cycle[0], series[0].Color);
        Assert.Equal(new Color(191, 0, 191), series[1].Color);
        Assert.Equal(LineFormat.DashDot, series[2].LinePattern);
        Assert.Equal(LineFormat.Dotted, series[3].LinePattern);
        // The fifth series wraps to "-", which has no colour, so it takes the cycle's next: C1.
        Assert.Equal(LineFormat.Cycle[1], series[4].Color);
    }

    [Fact]
    public void Per_series_x_is_kept_and_mismatched_lengths_are_rejected()
    {
        var series = Series(Figures.Plot([[0.0, 1], [10.0, 20, 30]], [[1.0, 2], [3.0, 4, 5]]));
        Assert.Equal([10.0, 20, 30], series[1].Data.GetScatterPoints().Select(p => p.X));

        Assert.Throws<ArgumentException>(() => Figures.Plot([0.0, 1], [1.0, 2, 3]));
        Assert.Throws<ArgumentException>(() => Figures.Plot([[0.0], [1.0], [2.0]], [[1.0], [2.0]]));
    }

    [Fact]
    public void Labels_limits_and_legend_are_applied()
    {
        var plot = Figures.Plot([0.0, 1, 2], [[0.0, 1, 4], [0.0, 2, 4]], "x", "y",
            legend: ["a", "b"], xLim: (-1, 3), yLim: (0, 5), fmts: ["r:", "ko"]);

        Assert.Equal("x", plot.Axes.Bottom.Label.Text);
        Assert.Equal("y", plot.Axes.Left.Label.Text);
        var limits = plot.Axes.GetLimits();
        Assert.Equal((-1.0, 3.0, 0.0, 5.0), (limits.Left, limits.Right, limits.Bottom, limits.Top));
        var series = Series(plot);
        Assert.Equal(["a", "b"], series.Select(s => s.LegendText));
        Assert.True(plot.Legend.IsVisible);
        Assert.Equal(0, series[1].LineWidth);
        Assert.Equal(MarkerShape.FilledCircle, series[1].MarkerShape);
    }

    [Fact]
    public void A_log_axis_holds_log10_of_the_data_and_labels_the_original_values()
    {
        double[] x = [1, 2, 3, 4];
        var plot = Figures.Plot(x, [0.0, 10, 100, 1000], yScale: AxisScale.Log, yLim: (1, 10000));

        // The non-positive point is dropped, as matplotlib masks it.
        var points = Series(plot).Single().Data.GetScatterPoints();
        Assert.Equal([2.0, 3, 4], points.Select(p => p.X));
        Assert.Equal([1.0, 2, 3], points.Select(p => p.Y));
        var limits = plot.Axes.GetLimits();
        Assert.Equal((0.0, 4.0), (limits.Bottom, limits.Top));

        var texts = XDocument.Parse(Figures.ToSvg(plot)).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value);
        Assert.Contains("100", texts);
        Assert.Contains("1000", texts);
    }

    [Fact]
    public void Drawing_on_given_axes_clears_and_reuses_them()
    {
        var axes = new Plot();
        axes.Add.Scatter(new double[] { 0, 1 }, new double[] { 5, 5 });
        var plot = Figures.Plot([0.0, 1], [1.0, 2], axes: axes);
        Assert.Same(axes, plot);
        Assert.Single(Series(plot));
    }

    [Fact]
    public void Figure_size_comes_from_the_call_or_the_default()
    {
        var plot = Figures.Plot([0.0, 1], [1.0, 2], figsize: (5, 3));
        var root = XDocument.Parse(Figures.ToSvg(plot)).Root!;
        Assert.Equal(("500", "300"), ((string?)root.Attribute("width"), (string?)root.Attribute("height")));

        var other = Figures.Plot([0.0, 1], [1.0, 2]);
        Assert.Equal(Figures.CurrentFigsize.PixelWidth.ToString(System.Globalization.CultureInfo.InvariantCulture),
            (string?)XDocument.Parse(Figures.ToSvg(other)).Root!.Attribute("width"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Figures.SetFigsize(0, 2));
    }
}
