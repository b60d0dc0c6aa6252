using System.Security.Cryptography;
using System.Text;

namespace CourseKit.Plotting.Tests;

public class DeterminismTests
{
    // The SHA-256 of the tangent-line SVG. Fonts come from the pinned npm package, so this holds on any
    // machine with the same ScottPlot/SkiaSharp; update it deliberately when a dependency or style changes.
    private const string TangentLineSha256 = "e02140d8da847730080c0c1ef1868de7823f518ced2e2c30d83a94cb173b586a";

    [Fact]
    public void Rendering_the_same_figure_twice_gives_identical_bytes()
    {
        string first = Figures.ToSvg(Recipes.TangentLine(out _, out _));
        string second = Figures.ToSvg(Recipes.TangentLine(out _, out _));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Tangent_line_svg_matches_the_golden_hash()
    {
        string svg = Figures.ToSvg(Recipes.TangentLine(out _, out _));
        Assert.Equal(TangentLineSha256, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(svg))));
    }

    [Fact]
    public void Text_is_measured_with_the_pinned_font_files()
    {
        Figures.ToSvg(Figures.Plot([0.0, 1], [0.0, 1], "x", "y"));
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "fonts"), PlotFonts.Directory);
        var typeface = ScottPlot.Fonts.GetTypeface(PlotFonts.Family, bold: false, italic: false);
        Assert.Equal(PlotFonts.Family, typeface.FamilyName);
        // The pinned file's glyph count, not a system font that happens to share the name.
        using var pinned = SkiaSharp.SKTypeface.FromFile(Path.Combine(PlotFonts.Directory, "NotoSans-Regular.ttf"));
        Assert.Equal(pinned.GlyphCount, typeface.GlyphCount);
    }
}
