using CourseKit.Site.Mathematics;
using CourseKit.Site.Rendering.Mathematics;

namespace CourseKit.Site.Tests.Mathematics;

[Collection(SiteAssetsGroup.Name)]
public sealed class MathCacheTests(SiteAssets site) : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("coursekit-math-").FullName;

    [Fact]
    public void A_formula_rendered_once_is_read_back_by_the_next_build_without_starting_Temml()
    {
        string script = TemmlAssets.Locate(site.SiteDirectory).Script;
        var first = new MathCache(() => site.Tex, script, directory);
        var rendered = first.Render("x^2", MathMode.Inline);
        Assert.True(rendered.Succeeded);
        Assert.Equal(1, first.Rendered);

        var next = new MathCache(() => throw new InvalidOperationException("Temml must not start"), script, directory);
        Assert.Equal(rendered.MathMl, next.Render("x^2", MathMode.Inline).MathMl);
        Assert.Equal(0, next.Rendered);
    }

    [Fact]
    public void Errors_are_not_cached()
    {
        var cache = new MathCache(() => site.Tex, TemmlAssets.Locate(site.SiteDirectory).Script, directory);
        Assert.False(cache.Render("\\frac{1}{", MathMode.Inline).Succeeded);
        Assert.False(cache.Render("\\frac{1}{", MathMode.Inline).Succeeded);
        Assert.Equal(2, cache.Rendered);
        Assert.Empty(Directory.EnumerateFiles(directory));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
