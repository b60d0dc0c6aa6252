using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using CourseKit.Grading.Worker.Protocol;
using CourseKit.Plotting;
using ScottPlot;
using ScottPlot.Plottables;

namespace CourseKit.Grading.Worker.Plots;

/// <summary>
/// Reads a learner's ScottPlot <c>Plot</c> into plain data (<see cref="WirePlot"/>) and renders it to SVG, inside the
/// worker, so the grader never touches the learner's objects. Every method here is kept out of
/// <see cref="Program"/>'s own code so that ScottPlot and Skia load only in runs that return a plot.
/// </summary>
internal static class PlotCapture
{
    /// <summary>Points a function plottable is sampled at, across the x-axis limits.</summary>
    private const int FunctionSamples = 201;

    /// <summary>The CLR type a plot entry returns.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Type PlotType() => typeof(Plot);

    /// <summary>
    /// Pins the fonts and renders an empty plot once, before any learner code: loading Skia and JIT-compiling the
    /// renderer take about a second, which belongs to the worker's start, not to the learner's call limit.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void WarmUp()
    {
        PlotFonts.EnsurePinned();
        using var plot = new Plot();
        plot.Add.Scatter(new double[] { 0, 1 }, new double[] { 0, 1 });
        _ = Figures.ToSvg(plot);
    }

    /// <summary>Reads a returned object; null with a reason when it is not a plot.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static WireValue? Capture(object? value, out string? problem)
    {
        problem = null;
        if (value is not Plot plot)
        {
            problem = value is null ? "returned null instead of a plot" : "returned a value of the wrong type";
            return null;
        }

        var notes = new List<string>();

        // Rendering first: it is what settles automatic axis limits, which function plottables are sampled over.
        var svg = Figures.ToSvg(plot);
        if (svg.Length > WirePlot.MaxSvgChars)
        {
            notes.Add($"the picture was not kept: its SVG has {svg.Length} characters, over the limit of {WirePlot.MaxSvgChars}");
            svg = null;
        }

        var limits = plot.Axes.GetLimits();
        var series = new List<WireSeries>();
        var points = 0;
        var skipped = 0;
        foreach (var plottable in plot.GetPlottables())
        {
            if (!plottable.IsVisible)
            {
                continue;
            }

            if (series.Count == WirePlot.MaxSeries)
            {
                skipped++;
                continue;
            }

            var (x, y) = Points(plottable, limits);
            if (points + x.Length > WirePlot.MaxPoints)
            {
                notes.Add($"the points of {Kind(plottable)} #{series.Count + 1} were left out: the plot has more than {WirePlot.MaxPoints} points");
                (x, y) = ([], []);
            }

            points += x.Length;
            series.Add(new WireSeries { Kind = Kind(plottable), Label = Label(plottable), X = x, Y = y });
        }

        if (skipped > 0)
        {
            notes.Add($"{skipped} plottable(s) beyond the first {WirePlot.MaxSeries} were left out");
        }

        var labelled = series.Any(s => s.Label.Length > 0);
        return WireValue.FromPlot(new WirePlot
        {
            Series = series,
            XLabel = Text(plot.Axes.Bottom.Label.Text),
            YLabel = Text(plot.Axes.Left.Label.Text),
            Title = Text(plot.Axes.Title.Label.Text),
            // ScottPlot's legend is "visible" by default but draws nothing until some plottable has a label.
            LegendShown = plot.Legend.IsVisible && labelled,
            Limits = [limits.Left, limits.Right, limits.Bottom, limits.Top],
            Svg = svg,
            Note = notes.Count == 0 ? null : Text(string.Join("; ", notes), 4 * WirePlot.MaxText),
        });
    }

    private static (double[] X, double[] Y) Points(IPlottable plottable, AxisLimits limits)
    {
        switch (plottable)
        {
            case Scatter scatter:
                {
                    var data = scatter.Data.GetScatterPoints();
                    var count = Math.Min(data.Count, WirePlot.MaxPoints + 1);
                    var x = new double[count];
                    var y = new double[count];
                    for (var i = 0; i < count; i++)
                    {
                        x[i] = (data[i].X * scatter.ScaleX) + scatter.OffsetX;
                        y[i] = (data[i].Y * scatter.ScaleY) + scatter.OffsetY;
                    }

                    return (x, y);
                }

            case Signal signal:
                {
                    var source = signal.Data;
                    var ys = source.GetYs();
                    var count = Math.Min(ys.Count, WirePlot.MaxPoints + 1);
                    var x = new double[count];
                    var y = new double[count];
                    for (var i = 0; i < count; i++)
                    {
                        x[i] = (i * source.Period) + source.XOffset;
                        y[i] = (ys[i] * source.YScale) + source.YOffset;
                    }

                    return (x, y);
                }

            case FunctionPlot function:
                {
                    // Sampled where it is drawn: across the visible x range, within the function's own domain.
                    var low = Math.Max(limits.Left, function.MinX);
                    var high = Math.Min(limits.Right, function.MaxX);
                    if (!double.IsFinite(low) || !double.IsFinite(high) || high < low)
                    {
                        return ([], []);
                    }

                    var x = new double[FunctionSamples];
                    var y = new double[FunctionSamples];
                    for (var i = 0; i < FunctionSamples; i++)
                    {
                        x[i] = low + ((high - low) * i / (FunctionSamples - 1));
                        y[i] = function.GetY(x[i]);
                    }

                    return (x, y);
                }

            case LinePlot line:
                return ([line.Start.X, line.End.X], [line.Start.Y, line.End.Y]);

            case SignalXY signalXY:
                return SignalXYPoints(signalXY.Data);

            default:
                return ([], []);
        }
    }

    /// <summary>
    /// A SignalXY's points. ScottPlot 5 exposes them only on its generic array source; its <c>double[]</c> and list
    /// sources (what <c>Add.SignalXY</c> makes) keep them in fields named <c>Xs</c> and <c>Ys</c>, read here by
    /// reflection. PlotRunTests pins that for each source, so a ScottPlot update that renames them fails a test
    /// instead of silently grading a real curve as missing.
    /// </summary>
    private static (double[] X, double[] Y) SignalXYPoints(ISignalXYSource source)
    {
        if (Values(source, "Xs") is not { } xs || Values(source, "Ys") is not { } ys)
        {
            return ([], []);
        }

        var count = Math.Min(Math.Min(xs.Count, ys.Count), WirePlot.MaxPoints + 1);
        var x = new double[count];
        var y = new double[count];
        for (var i = 0; i < count; i++)
        {
            x[i] = (xs[i] * source.XScale) + source.XOffset;
            y[i] = (ys[i] * source.YScale) + source.YOffset;
        }

        return source.Rotated ? (y, x) : (x, y);
    }

    private static IReadOnlyList<double>? Values(ISignalXYSource source, string name)
    {
        const BindingFlags Any = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        var type = source.GetType();
        var value = type.GetField(name, Any)?.GetValue(source) ?? type.GetProperty(name, Any)?.GetValue(source);
        return value switch
        {
            IReadOnlyList<double> doubles => doubles,
            IReadOnlyList<float> floats => [.. floats.Select(v => (double)v)],
            IReadOnlyList<int> ints => [.. ints.Select(v => (double)v)],
            _ => null,
        };
    }

    private static string Kind(IPlottable plottable) => Text(plottable.GetType().Name);

    private static string Label(IPlottable plottable)
    {
        if (plottable is IHasLegendText { LegendText: { Length: > 0 } text })
        {
            return Text(text);
        }

        var items = plottable.LegendItems.Select(item => item.LabelText).Where(label => !string.IsNullOrEmpty(label));
        return Text(string.Join(" / ", items));
    }

    private static string Text(string? text, int max = WirePlot.MaxText)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Cut on a character boundary so the text stays valid UTF-16 on the wire.
        if (text.Length <= max)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[max - 2]) ? max - 2 : max - 1;
        return new StringBuilder(text, 0, cut, max).Append('…').ToString();
    }
}
