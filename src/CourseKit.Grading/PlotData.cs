using CourseKit.Grading.Worker.Protocol;

namespace CourseKit.Grading;

/// <summary>
/// What a learner's plot shows, as the worker read it: the series with their points, the axis labels, title,
/// legend and limits, and the rendered picture. Plain copied data; the judge never sees the learner's objects.
/// </summary>
/// <param name="Series">The visible plottables in drawing order.</param>
/// <param name="XLabel">The bottom axis label, or empty.</param>
/// <param name="YLabel">The left axis label, or empty.</param>
/// <param name="Title">The title, or empty.</param>
/// <param name="LegendShown">Whether a legend is drawn (visible, with at least one labelled series).</param>
/// <param name="Limits">The axis limits after rendering: left, right, bottom, top.</param>
/// <param name="Svg">The rendered picture, or null when it was too large.</param>
/// <param name="Note">What the worker left out, or null.</param>
public sealed record PlotData(
    IReadOnlyList<PlotSeries> Series,
    string XLabel,
    string YLabel,
    string Title,
    bool LegendShown,
    (double Left, double Right, double Bottom, double Top) Limits,
    string? Svg,
    string? Note)
{
    internal static PlotData FromWire(WirePlot plot) => new(
        [.. plot.Series.Select(s => new PlotSeries(s.Kind, s.Label, s.X, s.Y))],
        plot.XLabel,
        plot.YLabel,
        plot.Title,
        plot.LegendShown,
        (plot.Limits[0], plot.Limits[1], plot.Limits[2], plot.Limits[3]),
        plot.Svg,
        plot.Note);
}
