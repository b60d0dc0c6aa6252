using ScottPlot;

namespace CourseKit.Plotting.Tests;

public class LineFormatTests
{
    [Fact]
    public void The_books_default_formats_read_as_colour_and_pattern()
    {
        var formats = Figures.DefaultFormats.Select(LineFormat.Parse).ToArray();

        Assert.Equal(new LineFormat(null, LinePattern.Solid, MarkerShape.None, 6), formats[0]);
        Assert.Equal(new Color(191, 0, 191), formats[1].Color);
        Assert.Equal(LineFormat.Dashed, formats[1].Pattern);
        Assert.Equal(new Color(0, 128, 0), formats[2].Color);
        Assert.Equal(LineFormat.DashDot, formats[2].Pattern);
        Assert.Equal(new Color(255, 0, 0), formats[3].Color);
        Assert.Equal(LineFormat.Dotted, formats[3].Pattern);
    }

    [Theory]
    [InlineData("o", null, MarkerShape.FilledCircle)]
    [InlineData("ro", "#FF0000", MarkerShape.FilledCircle)]
    [InlineData("x", null, MarkerShape.Eks)]
    [InlineData("C1^", "#FF7F0E", MarkerShape.FilledTriangleUp)]
    public void A_marker_alone_means_no_line(string fmt, string? hex, MarkerShape marker)
    {
        var format = LineFormat.Parse(fmt);
        Assert.Null(format.Pattern);
        Assert.Equal(marker, format.Marker);
        Assert.Equal(hex, format.Color?.ToHex());
    }

    [Fact]
    public void Marker_and_line_combine_in_any_order()
    {
        Assert.Equal(LineFormat.Parse("o--b"), LineFormat.Parse("b--o"));
        var format = LineFormat.Parse("k.-");
        Assert.Equal(LinePattern.Solid, format.Pattern);
        Assert.Equal(MarkerShape.FilledCircle, format.Marker);
        Assert.True(format.MarkerSize < LineFormat.Parse("o").MarkerSize);
    }

    [Theory]
    [InlineData("q")]
    [InlineData("rg")]
    [InlineData("--:")]
    [InlineData("ox")]
    public void Unknown_or_repeated_parts_are_rejected(string fmt)
    {
        var error = Assert.Throws<FormatException>(() => LineFormat.Parse(fmt));
        Assert.Contains(fmt, error.Message);
    }
}
