using System.Globalization;
using System.Runtime.CompilerServices;
using ScottPlot;
using ScottPlot.Plottables;
using ScottPlot.TickGenerators;

namespace CourseKit.Plotting;

/// <summary>
/// The book's plotting helpers (<c>plot</c>, <c>set_figsize</c>, <c>set_axes</c>) as a small facade over
/// ScottPlot. Each call returns the ScottPlot <see cref="ScottPlot.Plot"/> it drew on, so a cell can show
/// it as SVG and a grader can inspect its series; <see cref="ToSvg"/> renders it with pinned fonts.
/// </summary>
/// <remarks>
/// With <c>using static CourseKit.Plotting.Figures;</c> a cell reads like the book:
/// <c>Plot(x, [f(x), 2 * x - 3], "x", "f(x)", legend: ["f(x)", "Tangent line (x=1)"])</c>.
/// </remarks>
public static class Figures
{
    /// <summary>The book's default formats: solid, magenta dashed, green dash-dot, red dotted.</summary>
    public static IReadOnlyList<string> DefaultFormats { get; } = ["-", "m--", "g-.", "r:"];

    private const float LineWidth = 1.5f;
    private const float TickFontSize = 11;
    private const float LabelFontSize = 12;

    // A figure's size belongs to the figure, but ScottPlot's Plot has no slot for it; a weak table keeps it
    // without holding plots alive.
    private static readonly ConditionalWeakTable<Plot, StrongBox<Figsize>> Sizes = [];
    private static Figsize defaultFigsize = Figsize.Default;

    /// <summary>
    /// The size new figures get, set by <see cref="SetFigsize"/>. Like matplotlib's <c>rcParams</c> it is one
    /// setting for the whole process.
    /// </summary>
    public static Figsize CurrentFigsize => defaultFigsize;

    /// <summary>Sets the size, in inches, of the figures drawn from now on (the book's <c>set_figsize</c>).</summary>
    public static void SetFigsize(double width = 3.5, double height = 2.5)
    {
        defaultFigsize = new Figsize(width, height);
    }

    /// <summary>Plots one series <paramref name="y"/> against <paramref name="x"/>, or, when <paramref name="y"/> is null, <paramref name="x"/> against its index.</summary>
    /// <inheritdoc cref="Plot(IReadOnlyList{double[]}, IReadOnlyList{double[]}?, string?, string?, IReadOnlyList{string}?, ValueTuple{double, double}?, ValueTuple{double, double}?, AxisScale, AxisScale, IReadOnlyList{string}?, Figsize?, ScottPlot.Plot?)" path="/param"/>
    /// <returns>The plot drawn on.</returns>
    public static Plot Plot(
        double[] x, double[]? y = null, string? xLabel = null, string? yLabel = null,
        IReadOnlyList<string>? legend = null, (double Min, double Max)? xLim = null, (double Min, double Max)? yLim = null,
        AxisScale xScale = AxisScale.Linear, AxisScale yScale = AxisScale.Linear,
        IReadOnlyList<string>? fmts = null, Figsize? figsize = null, Plot? axes = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        return y is null
            ? Plot([x], null, xLabel, yLabel, legend, xLim, yLim, xScale, yScale, fmts, figsize, axes)
            : Plot([x], [y], xLabel, yLabel, legend, xLim, yLim, xScale, yScale, fmts, figsize, axes);
    }

    /// <summary>Plots several series that share one x, as the book's <c>plot(x, [f(x), g(x)])</c>.</summary>
    /// <inheritdoc cref="Plot(IReadOnlyList{double[]}, IReadOnlyList{double[]}?, string?, string?, IReadOnlyList{string}?, ValueTuple{double, double}?, ValueTuple{double, double}?, AxisScale, AxisScale, IReadOnlyList{string}?, Figsize?, ScottPlot.Plot?)" path="/param"/>
    /// <returns>The plot drawn on.</returns>
    public static Plot Plot(
        double[] x, IReadOnlyList<double[]> y, string? xLabel = null, string? yLabel = null,
        IReadOnlyList<string>? legend = null, (double Min, double Max)? xLim = null, (double Min, double Max)? yLim = null,
        AxisScale xScale = AxisScale.Linear, AxisScale yScale = AxisScale.Linear,
        IReadOnlyList<string>? fmts = null, Figsize? figsize = null, Plot? axes = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        return Plot([x], y, xLabel, yLabel, legend, xLim, yLim, xScale, yScale, fmts, figsize, axes);
    }

    /// <summary>
    /// Plots each series of <paramref name="y"/> against its x (the book's <c>plot</c>): one x serves every
    /// series when <paramref name="x"/> has a single entry; with <paramref name="y"/> null each x is
    /// plotted against its index. Formats are used in turn and cycle when there are more series than formats.
    /// </summary>
    /// <param name="x">The x of each series, or one x shared by all.</param>
    /// <param name="y">The y of each series, or null to plot each x against its index.</param>
    /// <param name="xLabel">The x axis label.</param>
    /// <param name="yLabel">The y axis label.</param>
    /// <param name="legend">One legend entry per series, in order; none when null or empty.</param>
    /// <param name="xLim">Fixed x limits; automatic with a small margin when null.</param>
    /// <param name="yLim">Fixed y limits; automatic with a small margin when null.</param>
    /// <param name="xScale">Linear or logarithmic x axis.</param>
    /// <param name="yScale">Linear or logarithmic y axis.</param>
    /// <param name="fmts">matplotlib format strings (see <see cref="LineFormat.Parse"/>); <see cref="DefaultFormats"/> when null.</param>
    /// <param name="figsize">The figure's size in inches; <see cref="CurrentFigsize"/> when null.</param>
    /// <param name="axes">An existing plot to draw on (cleared first, as the book's <c>axes.cla()</c>); a new one when null.</param>
    /// <returns>The plot drawn on.</returns>
    public static Plot Plot(
        IReadOnlyList<double[]> x, IReadOnlyList<double[]>? y = null, string? xLabel = null, string? yLabel = null,
        IReadOnlyList<string>? legend = null, (double Min, double Max)? xLim = null, (double Min, double Max)? yLim = null,
        AxisScale xScale = AxisScale.Linear, AxisScale yScale = AxisScale.Linear,
        IReadOnlyList<string>? fmts = null, Figsize? figsize = null, Plot? axes = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        var (xs, ys) = PairSeries(x, y);
        var formats = (fmts is { Count: > 0 } ? fmts : DefaultFormats).Select(LineFormat.Parse).ToArray();

        var plot = axes ?? new Plot();
        plot.Clear();
        ApplyBookStyle(plot);
        Sizes.AddOrUpdate(plot, new StrongBox<Figsize>(figsize ?? defaultFigsize));

        int nextCycleColor = 0;
        for (int i = 0; i < ys.Count; i++)
        {
            var format = formats[i % formats.Length];
            var (px, py) = ToAxisSpace(xs[i], ys[i], xScale, yScale);
            Scatter series = plot.Add.Scatter(px, py);
            // Like matplotlib, only lines without a colour of their own advance the colour cycle.
            series.Color = format.Color ?? LineFormat.Cycle[nextCycleColor++ % LineFormat.Cycle.Count];
            series.LineWidth = format.Pattern is null ? 0 : LineWidth;
            series.LinePattern = format.Pattern ?? LinePattern.Solid;
            series.MarkerShape = format.Marker;
            series.MarkerSize = format.Marker == MarkerShape.None ? 0 : format.MarkerSize;
        }

        SetAxes(plot, xLabel, yLabel, xLim, yLim, xScale, yScale, legend);
        return plot;
    }

    /// <summary>
    /// Labels, limits, scales and legend of a plot (the book's <c>set_axes</c>). Limits are in data units
    /// also on a logarithmic axis. Legend entries go to the plot's series in order.
    /// </summary>
    /// <param name="axes">The plot to configure.</param>
    /// <param name="xLabel">The x axis label; unchanged when null.</param>
    /// <param name="yLabel">The y axis label; unchanged when null.</param>
    /// <param name="xLim">Fixed x limits; automatic when null.</param>
    /// <param name="yLim">Fixed y limits; automatic when null.</param>
    /// <param name="xScale">Ticks for a linear or logarithmic x axis (data on a log axis is already log10, see <see cref="AxisScale.Log"/>).</param>
    /// <param name="yScale">Ticks for a linear or logarithmic y axis.</param>
    /// <param name="legend">Legend entries, one per series in order; the legend is shown when non-empty.</param>
    public static void SetAxes(
        Plot axes, string? xLabel = null, string? yLabel = null,
        (double Min, double Max)? xLim = null, (double Min, double Max)? yLim = null,
        AxisScale xScale = AxisScale.Linear, AxisScale yScale = AxisScale.Linear, IReadOnlyList<string>? legend = null)
    {
        ArgumentNullException.ThrowIfNull(axes);
        if (xLabel is not null)
        {
            axes.XLabel(xLabel, LabelFontSize);
            axes.Axes.Bottom.Label.Bold = false;
        }
        if (yLabel is not null)
        {
            axes.YLabel(yLabel, LabelFontSize);
            axes.Axes.Left.Label.Bold = false;
        }
        axes.Axes.Bottom.TickGenerator = TicksFor(xScale);
        axes.Axes.Left.TickGenerator = TicksFor(yScale);

        axes.Axes.AutoScale();
        if (xLim is var (xMin, xMax))
        {
            axes.Axes.SetLimitsX(ToAxis(xMin, xScale), ToAxis(xMax, xScale));
        }
        if (yLim is var (yMin, yMax))
        {
            axes.Axes.SetLimitsY(ToAxis(yMin, yScale), ToAxis(yMax, yScale));
        }

        if (legend is { Count: > 0 })
        {
            var series = axes.GetPlottables().OfType<Scatter>().ToArray();
            for (int i = 0; i < series.Length; i++)
            {
                series[i].LegendText = i < legend.Count ? legend[i] : string.Empty;
            }
            axes.ShowLegend(Alignment.UpperLeft);
        }
    }

    /// <summary>
    /// Renders a plot as a standalone SVG document that can also be inlined into HTML: pinned fonts, a
    /// <c>viewBox</c> so it scales, and element ids prefixed by a hash of the figure so two figures on one
    /// page never share a clip path. The same plot gives the same bytes on every machine.
    /// </summary>
    /// <param name="plot">The plot to render.</param>
    /// <param name="figsize">The size in inches; the figure's own (from <see cref="Plot(IReadOnlyList{double[]}, IReadOnlyList{double[]}?, string?, string?, IReadOnlyList{string}?, ValueTuple{double, double}?, ValueTuple{double, double}?, AxisScale, AxisScale, IReadOnlyList{string}?, Figsize?, ScottPlot.Plot?)"/>) or <see cref="CurrentFigsize"/> when null.</param>
    /// <returns>The SVG markup, without an XML declaration.</returns>
    public static string ToSvg(Plot plot, Figsize? figsize = null)
    {
        ArgumentNullException.ThrowIfNull(plot);
        PlotFonts.EnsurePinned();
        var size = figsize ?? (Sizes.TryGetValue(plot, out var box) ? box.Value : defaultFigsize);
        string raw = plot.GetSvgXml(size.PixelWidth, size.PixelHeight);
        return SvgDocument.Tidy(raw, size.PixelWidth, size.PixelHeight);
    }

    private static (IReadOnlyList<double[]> X, IReadOnlyList<double[]> Y) PairSeries(IReadOnlyList<double[]> x, IReadOnlyList<double[]>? y)
    {
        if (y is null)
        {
            // The book's `plot(Y)`: each series against its index.
            var indices = x.Select(series => Enumerable.Range(0, series.Length).Select(i => (double)i).ToArray()).ToArray();
            return (indices, x);
        }
        if (x.Count != y.Count && x.Count != 1)
        {
            throw new ArgumentException($"Got {x.Count} x series for {y.Count} y series; give one x per series or a single shared x.", nameof(x));
        }
        var xs = x.Count == y.Count ? x : Enumerable.Repeat(x[0], y.Count).ToArray();
        for (int i = 0; i < y.Count; i++)
        {
            if (xs[i].Length != y[i].Length)
            {
                throw new ArgumentException($"Series {i} has {xs[i].Length} x values but {y[i].Length} y values.", nameof(y));
            }
        }
        return (xs, y);
    }

    private static (double[] X, double[] Y) ToAxisSpace(double[] x, double[] y, AxisScale xScale, AxisScale yScale)
    {
        if (xScale == AxisScale.Linear && yScale == AxisScale.Linear)
        {
            // Copies, so later edits to the caller's arrays do not change a figure already drawn.
            return ((double[])x.Clone(), (double[])y.Clone());
        }
        var kept = Enumerable.Range(0, x.Length)
            .Where(i => (xScale == AxisScale.Linear || x[i] > 0) && (yScale == AxisScale.Linear || y[i] > 0))
            .ToArray();
        return (kept.Select(i => ToAxis(x[i], xScale)).ToArray(), kept.Select(i => ToAxis(y[i], yScale)).ToArray());
    }

    private static double ToAxis(double value, AxisScale scale) => scale == AxisScale.Log ? Math.Log10(value) : value;

    private static NumericAutomatic TicksFor(AxisScale scale) => scale == AxisScale.Log
        ? new NumericAutomatic
        {
            IntegerTicksOnly = true,
            MinorTickGenerator = new LogMinorTickGenerator(),
            LabelFormatter = exponent => FormatPowerOfTen(exponent),
        }
        : new NumericAutomatic();

    private static string FormatPowerOfTen(double exponent)
    {
        int power = (int)Math.Round(exponent);
        return power is >= -3 and <= 4
            ? Math.Pow(10, power).ToString("0.###", CultureInfo.InvariantCulture)
            : "1e" + power.ToString(CultureInfo.InvariantCulture);
    }

    private static void ApplyBookStyle(Plot plot)
    {
        PlotFonts.EnsurePinned();
        plot.Font.Set(PlotFonts.Family);
        // Legends otherwise pick "the best installed font" for their text on every render.
        plot.Legend.SetBestFontOnEachRender = false;
        plot.Legend.FontName = PlotFonts.Family;
        plot.Legend.FontSize = TickFontSize;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.OutlineColor = new Color(204, 204, 204);
        plot.HideGrid();
        plot.Axes.Margins(0.05, 0.05);
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.TickLabelStyle.FontSize = TickFontSize;
            axis.Label.FontSize = LabelFontSize;
            axis.Label.Bold = false;
        }
    }
}
