using CourseKit.Site.Building;

namespace CourseKit.Site.Tests.Building;

/// <summary>
/// <c>serve</c>'s incremental rebuilds: an edit re-renders the pages it touches and no other, and what they
/// leave in the output folder is exactly what a full build would write (the oracle: a fresh build beside it).
/// </summary>
public sealed class IncrementalBuildTests(ValidCourseBuild build) : IClassFixture<ValidCourseBuild>, IDisposable
{
    private static readonly string[] AllPages =
        ["en/01-calculus.html", "en/02-autograd.html", "en/index.html", "zh/01-calculus.html", "zh/02-autograd.html", "zh/index.html"];

    private readonly string scratch = Directory.CreateTempSubdirectory("coursekit-incremental-").FullName;

    [Fact]
    public void Editing_a_paragraph_re_renders_only_its_page()
    {
        var (builder, options) = Start();
        var untouched = File.GetLastWriteTimeUtc(Path.Combine(options.OutputDirectory, "en", "02-autograd.html"));

        Edit(options, "content/01-calculus/index.md", "Slopes tell us how an output reacts", "Slopes say how an output answers");
        var result = builder.Build(options);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["en/01-calculus.html"], result.RenderedPages);
        Assert.Equal(AllPages.Except(result.RenderedPages).Order(), result.KeptPages.Order());
        Assert.Contains("Slopes say how an output answers", File.ReadAllText(Path.Combine(options.OutputDirectory, "en", "01-calculus.html")), StringComparison.Ordinal);
        Assert.Equal(untouched, File.GetLastWriteTimeUtc(Path.Combine(options.OutputDirectory, "en", "02-autograd.html")));
        AssertSameAsFullBuild(options, result);
    }

    [Fact]
    public void Renaming_a_heading_re_renders_the_pages_of_its_language_whose_table_of_contents_carries_it()
    {
        var (builder, options) = Start();
        Edit(options, "content/02-autograd/index.md", "## A Simple Function", "## A Plain Function");
        var result = builder.Build(options);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["en/01-calculus.html", "en/02-autograd.html", "en/index.html"], result.RenderedPages);
        // Every page's template gets the whole table of contents (this theme shows the current chapter's sections).
        Assert.Contains("A Plain Function", File.ReadAllText(Path.Combine(options.OutputDirectory, "en", "02-autograd.html")), StringComparison.Ordinal);
        AssertSameAsFullBuild(options, result);
    }

    [Fact]
    public void A_new_equation_that_renumbers_a_referenced_one_re_renders_the_pages_that_cite_it()
    {
        var (builder, options) = Start();
        // Chapter 2 cites eq_derivative of chapter 1; an equation before it shifts its number.
        Edit(options, "content/01-calculus/index.md", ":label:`sec_derivatives`\n", ":label:`sec_derivatives`\n\n$$a = b$$\n:eqlabel:`eq_first`\n\n");
        var result = builder.Build(options);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("en/02-autograd.html", result.RenderedPages);
        // The Chinese pages have labels of their own and do not name the new one.
        Assert.DoesNotContain(result.RenderedPages, p => p.StartsWith("zh/", StringComparison.Ordinal));
        AssertSameAsFullBuild(options, result);
    }

    [Fact]
    public void Without_changes_every_page_is_kept_and_a_new_theme_renders_them_all()
    {
        var (builder, options) = Start();
        var again = builder.Build(options);
        Assert.Empty(again.RenderedPages);
        Assert.Equal(AllPages, again.KeptPages.Order());

        var (themed, themedOptions) = (new SiteBuilder(build.Services), options);
        Assert.Equal(AllPages, themed.Build(themedOptions).RenderedPages.Order()); // a builder with no past starts over
    }

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private (SiteBuilder Builder, SiteBuildOptions Options) Start()
    {
        string course = Path.Combine(scratch, "course");
        build.CopyCourse(course);
        var options = build.Options with
        {
            CourseDirectory = course,
            OutputDirectory = Path.Combine(scratch, "_site"),
            Search = false,
            Incremental = true,
        };
        var builder = new SiteBuilder(build.Services);
        var first = builder.Build(options);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Equal(AllPages, first.RenderedPages.Order());
        return (builder, options);
    }

    private static void Edit(SiteBuildOptions options, string relative, string from, string to)
    {
        string path = Path.Combine(options.CourseDirectory, relative);
        string text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private void AssertSameAsFullBuild(SiteBuildOptions options, SiteBuildResult incremental)
    {
        var full = new SiteBuilder(build.Services).Build(options with { OutputDirectory = Path.Combine(scratch, "_full"), Incremental = false });
        Assert.True(full.Succeeded, string.Join("\n", full.Diagnostics));
        Assert.Equal(full.Files, incremental.Files);
        Assert.Equal(Listing(Path.Combine(scratch, "_full")), Listing(options.OutputDirectory));
        foreach (string file in full.Files)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(scratch, "_full", file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(options.OutputDirectory, file))),
                $"{file} differs from a full build's");
        }
    }

    private static string[] Listing(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];
}
