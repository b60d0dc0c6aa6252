namespace CourseKit.Site.Tests.Building;

public class SiteBuildTests(ValidCourseBuild build) : IClassFixture<ValidCourseBuild>
{
    [Fact]
    public void The_test_course_builds_without_errors()
    {
        Assert.True(build.Result.Succeeded, string.Join("\n", build.Result.Diagnostics));
        Assert.Contains("en/01-calculus.html", build.Result.Files);
        Assert.Contains("zh/02-autograd.html", build.Result.Files);
    }

    [Fact]
    public void Chapters_show_math_numbers_references_cells_and_exercises()
    {
        string page = build.Read("en/01-calculus.html");
        Assert.Contains("<math", page, StringComparison.Ordinal);
        Assert.Contains("<div class=\"equation\" id=\"eq_derivative\">", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"eqno\">(1.1)</span>", page, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"sec_derivatives\"><span class=\"secno\">1.1</span> Derivatives", page, StringComparison.Ordinal);
        Assert.Contains("<a class=\"xref\" href=\"#sec_rules\">Section 1.2</a>", page, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"cell-stdout\">h=0.1 quotient=2.30000", page, StringComparison.Ordinal);
        Assert.Contains("<code>grade square-derivative.csx --exercise square-derivative</code>", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"hl-keyword\">double</span>", page, StringComparison.Ordinal);

        string later = build.Read("en/02-autograd.html");
        Assert.Contains("href=\"01-calculus.html#eq_derivative\">(1.1)</a>", later, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_links_to_its_translation_and_its_neighbours()
    {
        string english = build.Read("en/01-calculus.html");
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("href=\"../zh/01-calculus.html\"", english, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\" href=\"02-autograd.html\"", english, StringComparison.Ordinal);
        string chinese = build.Read("zh/01-calculus.html");
        Assert.Contains("<html lang=\"zh\">", chinese, StringComparison.Ordinal);
        Assert.Contains("href=\"../en/01-calculus.html\"", chinese, StringComparison.Ordinal);
        Assert.Contains("第1.2节", chinese, StringComparison.Ordinal);
        Assert.Contains("<title>微积分 · 深度学习中的微积分（测试课程）</title>", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void The_site_ships_its_assets_and_a_search_index()
    {
        foreach (string asset in new[] { "assets/style.css", "assets/print.css", "assets/site.js", "assets/highlight.css", "assets/temml.css", "assets/fonts/noto-sans-math.woff2", "media/01-calculus/tangent.svg" })
        {
            Assert.True(File.Exists(Path.Combine(build.Output, asset)), asset);
        }
        Assert.Contains("[data-theme=\"dark\"]", build.Read("assets/highlight.css"), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(build.Output, "pagefind", "pagefind-ui.js")));
        Assert.True(Directory.EnumerateFiles(Path.Combine(build.Output, "pagefind"), "*.pf_meta", SearchOption.AllDirectories).Count() >= 2, "one index per language");
    }
}
