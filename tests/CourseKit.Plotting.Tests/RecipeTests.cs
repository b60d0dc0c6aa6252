using System.Xml.Linq;
using ScottPlot.Plottables;

namespace CourseKit.Plotting.Tests;

public class RecipeTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Tangent_line_figure_has_the_function_and_its_tangent()
    {
        var plot = Recipes.TangentLine(out double[] x, out double[] tangent);

        var series = plot.GetPlottables().OfType<Scatter>().ToArray();
        Assert.Equal(2, series.Length);
        Assert.Equal(["f(x)", "Tangent line (x=1)"], series.Select(s => s.LegendText));
        // The tangent must touch f at x = 1 with the slope a central difference gives.
        const double h = 1e-5;
        double slope = (Recipes.F(1 + h) - Recipes.F(1 - h)) / (2 * h);
        var points = series[1].Data.GetScatterPoints();
        for (int i = 0; i < x.Length; i++)
        {
            Assert.Equal(Recipes.F(1) + slope * (x[i] - 1), points[i].Y, 6);
            Assert.Equal(tangent[i], points[i].Y);
        }
    }

    [Fact]
    public void Tangent_line_svg_has_two_curves_labels_and_legend()
    {
        var plot = Recipes.TangentLine(out _, out _);
        string svg = Figures.ToSvg(plot);
        string path = Recipes.Save("tangent-line", plot, svg);
        Assert.True(File.Exists(path));

        var root = XDocument.Parse(svg).Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("350", (string?)root.Attribute("width"));
        Assert.Equal("250", (string?)root.Attribute("height"));
        Assert.Equal("0 0 350 250", (string?)root.Attribute("viewBox"));

        var texts = root.Descendants(Svg + "text").Select(t => t.Value).ToArray();
        Assert.Contains("x", texts);
        Assert.Contains("f(x)", texts);
        Assert.Contains("Tangent line (x=1)", texts);
        Assert.All(root.Descendants(Svg + "text"), t => Assert.Equal("Noto Sans, sans-serif", (string?)t.Attribute("font-family")));

        // f is drawn as a solid line in the first cycle colour; the tangent in magenta, dashed (Skia
        // writes dashes as filled outlines).
        var paths = root.Descendants(Svg + "path").ToArray();
        Assert.Contains(paths, p => (string?)p.Attribute("stroke") == "#1F77B4");
        Assert.Contains(paths, p => (string?)p.Attribute("fill") == "#BF00BF");
    }

    [Fact]
    public void The_four_default_formats_are_distinguishable_in_the_svg()
    {
        double[] x = Enumerable.Range(0, 50).Select(i => i * 0.1).ToArray();
        double[][] ys = [.. Enumerable.Range(1, 4).Select(k => x.Select(v => Math.Sin(v + k)).ToArray())];
        var plot = Figures.Plot(x, ys, "x", "sin(x + k)", legend: ["k=1", "k=2", "k=3", "k=4"]);
        string svg = Figures.ToSvg(plot);
        Recipes.Save("default-formats", plot, svg);

        // Solid lines are strokes; dashed, dash-dot and dotted ones are filled outlines in Skia's SVG.
        var root = XDocument.Parse(svg).Root!;
        Assert.Contains(root.Descendants(Svg + "path"), p => (string?)p.Attribute("stroke") == "#1F77B4");
        // Skia writes some colours by name.
        foreach (string fill in new[] { "#BF00BF", "green", "red" })
        {
            Assert.Contains(root.Descendants(Svg + "path"), p => (string?)p.Attribute("fill") == fill);
        }
    }

    [Fact]
    public void A_log_scale_recipe_saves_its_figure()
    {
        double[] x = Enumerable.Range(1, 40).Select(i => i * 0.25).ToArray();
        var plot = Figures.Plot(x, [x.Select(Math.Exp).ToArray()], "x", "exp(x)", yScale: AxisScale.Log, fmts: ["C2-"]);
        string svg = Figures.ToSvg(plot);
        Recipes.Save("log-scale", plot, svg);
        Assert.Contains(XDocument.Parse(svg).Descendants(Svg + "text"), t => t.Value == "1000");
    }
}
