using ScottPlot;
using PlotColor = ScottPlot.Color;

namespace CourseKit.Plotting;

/// <summary>
/// A matplotlib format string such as <c>"m--"</c>, <c>"g-."</c> or <c>"ro"</c>, read as colour, line
/// pattern and marker so the book's <c>fmts</c> carry over unchanged.
/// </summary>
/// <param name="Color">The colour, or null to take the next colour of the figure's cycle.</param>
/// <param name="Pattern">The line pattern, or null for markers without a connecting line.</param>
/// <param name="Marker">The marker drawn at each point; <see cref="MarkerShape.None"/> for a bare line.</param>
/// <param name="MarkerSize">The marker's size in pixels (the point marker <c>.</c> is smaller than the rest).</param>
public readonly record struct LineFormat(PlotColor? Color, LinePattern? Pattern, MarkerShape Marker, float MarkerSize)
{
    /// <summary>Dashes the length matplotlib uses for <c>--</c> at our line width.</summary>
    public static LinePattern Dashed { get; } = new([5.5f, 2.5f], 0, "Dashed");

    /// <summary>Dash and dot, as matplotlib's <c>-.</c>; ScottPlot has no such pattern of its own.</summary>
    public static LinePattern DashDot { get; } = new([9.5f, 2.5f, 1.5f, 2.5f], 0, "DashDot");

    /// <summary>Dots, as matplotlib's <c>:</c>.</summary>
    public static LinePattern Dotted { get; } = new([1.5f, 2.5f], 0, "Dotted");

    /// <summary>The ten colours matplotlib cycles through (<c>C0</c> … <c>C9</c>, "tab10").</summary>
    public static IReadOnlyList<PlotColor> Cycle { get; } =
    [
        PlotColor.FromHex("#1f77b4"), PlotColor.FromHex("#ff7f0e"), PlotColor.FromHex("#2ca02c"), PlotColor.FromHex("#d62728"),
        PlotColor.FromHex("#9467bd"), PlotColor.FromHex("#8c564b"), PlotColor.FromHex("#e377c2"), PlotColor.FromHex("#7f7f7f"),
        PlotColor.FromHex("#bcbd22"), PlotColor.FromHex("#17becf"),
    ];

    private const float DefaultMarkerSize = 6;

    /// <summary>
    /// Reads a format string: at most one colour (<c>bgrcmykw</c> or <c>C0</c>–<c>C9</c>), one line style
    /// (<c>-</c>, <c>--</c>, <c>-.</c>, <c>:</c>) and one marker (<c>.ox+*sdD^v|_</c>), in any order.
    /// Like matplotlib, a marker alone means no line and an empty string means a solid line.
    /// </summary>
    /// <exception cref="FormatException">The string has an unknown character or two of one kind.</exception>
    public static LineFormat Parse(string fmt)
    {
        ArgumentNullException.ThrowIfNull(fmt);
        PlotColor? color = null;
        LinePattern? pattern = null;
        MarkerShape? marker = null;
        float markerSize = DefaultMarkerSize;
        int i = 0;
        while (i < fmt.Length)
        {
            char c = fmt[i];
            string? twoChars = i + 1 < fmt.Length ? fmt.Substring(i, 2) : null;
            if (twoChars is "--" or "-.")
            {
                pattern = Once(pattern, twoChars == "--" ? Dashed : DashDot, "line style", fmt);
                i += 2;
            }
            else if (c is '-' or ':')
            {
                pattern = Once(pattern, c == '-' ? LinePattern.Solid : Dotted, "line style", fmt);
                i++;
            }
            else if (c == 'C' && i + 1 < fmt.Length && char.IsAsciiDigit(fmt[i + 1]))
            {
                color = Once(color, Cycle[fmt[i + 1] - '0'], "colour", fmt);
                i += 2;
            }
            else if (BaseColor(c) is PlotColor baseColor)
            {
                color = Once(color, baseColor, "colour", fmt);
                i++;
            }
            else if (MarkerFor(c) is MarkerShape shape)
            {
                marker = Once(marker, shape, "marker", fmt);
                if (c == '.')
                {
                    markerSize = DefaultMarkerSize / 2;
                }
                i++;
            }
            else
            {
                throw new FormatException($"'{c}' at position {i} of the format string \"{fmt}\" is not a colour, line style or marker.");
            }
        }
        if (pattern is null && marker is null)
        {
            pattern = LinePattern.Solid;
        }
        return new LineFormat(color, pattern, marker ?? MarkerShape.None, markerSize);
    }

    private static T Once<T>(T? existing, T value, string kind, string fmt) where T : struct =>
        existing is null ? value : throw new FormatException($"The format string \"{fmt}\" gives more than one {kind}.");

    // matplotlib's single-letter colours, which are not the tab10 cycle.
    private static PlotColor? BaseColor(char c) => c switch
    {
        'b' => new PlotColor(0, 0, 255),
        'g' => new PlotColor(0, 128, 0),
        'r' => new PlotColor(255, 0, 0),
        'c' => new PlotColor(0, 191, 191),
        'm' => new PlotColor(191, 0, 191),
        'y' => new PlotColor(191, 191, 0),
        'k' => new PlotColor(0, 0, 0),
        'w' => new PlotColor(255, 255, 255),
        _ => null,
    };

    private static MarkerShape? MarkerFor(char c) => c switch
    {
        '.' or 'o' => MarkerShape.FilledCircle,
        's' => MarkerShape.FilledSquare,
        '^' => MarkerShape.FilledTriangleUp,
        'v' => MarkerShape.FilledTriangleDown,
        'd' or 'D' => MarkerShape.FilledDiamond,
        'x' => MarkerShape.Eks,
        '+' => MarkerShape.Cross,
        '*' => MarkerShape.Asterisk,
        '|' => MarkerShape.VerticalBar,
        '_' => MarkerShape.HorizontalBar,
        _ => null,
    };
}
