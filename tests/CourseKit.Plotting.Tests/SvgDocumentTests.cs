using System.Xml.Linq;

namespace CourseKit.Plotting.Tests;

public class SvgDocumentTests
{
    [Fact]
    public void Clip_path_ids_are_unique_to_the_figure_and_every_reference_resolves()
    {
        string a = Figures.ToSvg(Recipes.TangentLine(out _, out _));
        string b = Figures.ToSvg(Figures.Plot([1.0, 2, 3], [1.0, 4, 9]));

        var idsA = Ids(a);
        var idsB = Ids(b);
        Assert.NotEmpty(idsA);
        Assert.Empty(idsA.Intersect(idsB));
        foreach (var (svg, ids) in new[] { (a, idsA), (b, idsB) })
        {
            var references = XDocument.Parse(svg).Descendants()
                .Select(e => (string?)e.Attribute("clip-path"))
                .OfType<string>()
                .Select(r => r["url(#".Length..^1]);
            Assert.All(references, r => Assert.Contains(r, ids));
        }
    }

    [Fact]
    public void Embedded_images_keep_their_data_uri_when_ids_are_renamed()
    {
        var plot = Figures.Plot([0.0, 1], [0.0, 1]);
        plot.Add.Heatmap(new double[,] { { 1, 2 }, { 3, 4 } });
        string svg = Figures.ToSvg(plot);
        Assert.Contains("href=\"data:image/", svg);
    }

    private static HashSet<string> Ids(string svg) =>
        XDocument.Parse(svg).Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet();
}
