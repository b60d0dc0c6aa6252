namespace CourseKit.Grading.Worker.Protocol;

/// <summary>
/// What the worker read from a learner's ScottPlot <c>Plot</c>, as plain data: each plottable's kind, label and
/// points, the axis labels, title, legend and limits, and the rendered SVG. The grader judges from this alone.
/// </summary>
internal sealed class WirePlot
{
    /// <summary>Most plottables sent; a plot with more is cut (the rest are named in <see cref="Note"/>).</summary>
    public const int MaxSeries = 64;

    /// <summary>Most points over all series (x and y each count once per point).</summary>
    public const int MaxPoints = 1 << 18;

    /// <summary>Longest label, title or kind kept, in characters.</summary>
    public const int MaxText = 256;

    /// <summary>Largest rendered SVG kept, in UTF-16 characters; a bigger picture is dropped, not cut.</summary>
    public const int MaxSvgChars = 1 << 20;

    public IReadOnlyList<WireSeries> Series { get; init; } = [];

    public string XLabel { get; init; } = string.Empty;

    public string YLabel { get; init; } = string.Empty;

    public string Title { get; init; } = string.Empty;

    public bool LegendShown { get; init; }

    /// <summary>Left, right, bottom, top after rendering (NaN when unknown).</summary>
    public double[] Limits { get; init; } = [double.NaN, double.NaN, double.NaN, double.NaN];

    public string? Svg { get; init; }

    /// <summary>What the worker had to leave out or could not do (a picture too large, series cut), or null.</summary>
    public string? Note { get; init; }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Series.Count);
        foreach (var series in Series)
        {
            series.Write(writer);
        }

        writer.Write(XLabel);
        writer.Write(YLabel);
        writer.Write(Title);
        writer.Write(LegendShown);
        foreach (var limit in Limits)
        {
            writer.Write(limit);
        }

        writer.Write(Svg is not null);
        writer.Write(Svg ?? string.Empty);
        writer.Write(Note ?? string.Empty);
    }

    public static WirePlot Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > MaxSeries)
        {
            throw new InvalidDataException($"plot with {count} series refused");
        }

        var series = new WireSeries[count];
        var points = 0;
        for (var i = 0; i < count; i++)
        {
            series[i] = WireSeries.Read(reader);
            points += series[i].X.Length;
            if (points > MaxPoints)
            {
                throw new InvalidDataException("plot with too many points refused");
            }
        }

        var xLabel = Bounded(reader.ReadString(), MaxText);
        var yLabel = Bounded(reader.ReadString(), MaxText);
        var title = Bounded(reader.ReadString(), MaxText);
        var legend = reader.ReadBoolean();
        var limits = new[] { reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble() };
        var hasSvg = reader.ReadBoolean();
        var svg = Bounded(reader.ReadString(), MaxSvgChars);
        var note = Bounded(reader.ReadString(), 4 * MaxText);
        return new WirePlot
        {
            Series = series,
            XLabel = xLabel,
            YLabel = yLabel,
            Title = title,
            LegendShown = legend,
            Limits = limits,
            Svg = hasSvg ? svg : null,
            Note = note.Length == 0 ? null : note,
        };
    }

    internal static string Bounded(string text, int max) =>
        text.Length <= max ? text : throw new InvalidDataException($"text of {text.Length} characters refused");
}

/// <summary>One plottable: its ScottPlot kind (e.g. <c>Scatter</c>), legend label and points in data units.</summary>
internal sealed class WireSeries
{
    public required string Kind { get; init; }

    public string Label { get; init; } = string.Empty;

    public double[] X { get; init; } = [];

    public double[] Y { get; init; } = [];

    public void Write(BinaryWriter writer)
    {
        writer.Write(Kind);
        writer.Write(Label);
        writer.Write(X.Length);
        for (var i = 0; i < X.Length; i++)
        {
            writer.Write(X[i]);
            writer.Write(Y[i]);
        }
    }

    public static WireSeries Read(BinaryReader reader)
    {
        var kind = WirePlot.Bounded(reader.ReadString(), WirePlot.MaxText);
        var label = WirePlot.Bounded(reader.ReadString(), WirePlot.MaxText);
        var count = reader.ReadInt32();
        if (count < 0 || count > WirePlot.MaxPoints)
        {
            throw new InvalidDataException($"series of {count} points refused");
        }

        var x = new double[count];
        var y = new double[count];
        for (var i = 0; i < count; i++)
        {
            x[i] = reader.ReadDouble();
            y[i] = reader.ReadDouble();
        }

        return new WireSeries { Kind = kind, Label = label, X = x, Y = y };
    }
}
