using CourseKit.Site.Building;

namespace CourseKit.Site.Tests.Building;

/// <summary>Mistakes only a build can find stop it, each pinned to the chapter's file and line.</summary>
public sealed class BrokenCourseTests(ValidCourseBuild build) : IClassFixture<ValidCourseBuild>, IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("coursekit-broken-").FullName;

    private const string Chapter = "content/01-calculus/index.md";

    [Fact]
    public void A_link_to_a_missing_anchor_or_page_is_an_error_at_its_line()
    {
        var (result, lines) = BuildWith("See [this](#no_such_anchor).\n\nAnd [that](../02-autograd/missing.md).\n");
        Assert.False(result.Succeeded);
        var anchor = Assert.Single(result.Errors, d => d.Code == SiteDiagnosticCodes.BrokenAnchor);
        Assert.Equal((Chapter, lines + 2), (anchor.File, anchor.Line));
        var page = Assert.Single(result.Errors, d => d.Code == SiteDiagnosticCodes.BrokenLink);
        Assert.Equal((Chapter, lines + 4), (page.File, page.Line));
    }

    [Fact]
    public void A_cell_that_throws_stops_the_build_with_its_file_line_and_message()
    {
        var (result, lines) = BuildWith("```csharp run\nvar ok = 1;\nthrow new InvalidOperationException(\"the cell broke\");\n```\n");
        var error = Assert.Single(result.Errors);
        Assert.Equal(SiteDiagnosticCodes.CellRuntimeError, error.Code);
        Assert.Equal(Chapter, error.File);
        Assert.Equal(lines + 4, error.Line); // the throw, two lines into the cell
        Assert.Contains("InvalidOperationException: the cell broke", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_that_does_not_compile_is_an_error_at_the_offending_line()
    {
        var (result, lines) = BuildWith("```csharp run\nvar a = 1;\nint b = \"text\";\n```\n");
        var error = Assert.Single(result.Errors);
        Assert.Equal(SiteDiagnosticCodes.CellCompileError, error.Code);
        Assert.Equal((Chapter, lines + 4), (error.File, error.Line));
        Assert.Contains("CS0029", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_past_the_cell_time_limit_stops_the_build_at_its_line_with_the_limit_and_how_to_raise_it()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (result, lines) = BuildWith(
            "```csharp run\nSystem.Threading.Thread.Sleep(60_000);\n```\n",
            "site:\n  cell_time_limit: 1500ms\n");
        clock.Stop();
        var error = Assert.Single(result.Errors);
        Assert.Equal(SiteDiagnosticCodes.CellTimeLimit, error.Code);
        Assert.Equal((Chapter, lines + 2), (error.File, error.Line));
        Assert.Contains("1500ms", error.Message, StringComparison.Ordinal);
        Assert.Contains("cell_time_limit", error.Fix, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(40), $"the build took {clock.Elapsed}");
    }

    [Fact]
    public void A_formula_that_does_not_parse_is_an_error_at_its_line_and_column()
    {
        var (result, lines) = BuildWith("Broken: $\\frac{1}{$ here.\n");
        var error = Assert.Single(result.Errors);
        Assert.Equal(SiteDiagnosticCodes.MathError, error.Code);
        Assert.Equal(Chapter, error.File);
        Assert.Equal(lines + 2, error.Line);
        Assert.InRange(error.Column, 10, 20);
    }

    [Fact]
    public void A_rebuild_takes_unchanged_cells_from_the_cache()
    {
        var (first, _) = BuildWith("Nothing new.\n");
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Equal(0, first.CellsExecuted);
        Assert.True(first.CellsCached > 0);
    }

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    // A copy of the test course with text appended to the calculus chapter; returns the result and the
    // chapter's line count before the addition.
    private (SiteBuildResult Result, int Lines) BuildWith(string appended, string? courseYmlAddition = null)
    {
        string course = Path.Combine(scratch, "course");
        build.CopyCourse(course);
        if (courseYmlAddition is not null)
        {
            string courseYml = Path.Combine(course, "content", "course.yml");
            File.WriteAllText(courseYml, File.ReadAllText(courseYml).TrimEnd('\n') + "\n" + courseYmlAddition);
        }
        string chapter = Path.Combine(course, "content", "01-calculus", "index.md");
        string text = File.ReadAllText(chapter);
        if (!text.EndsWith('\n'))
        {
            text += "\n";
        }
        int lines = text.Count(c => c == '\n');
        File.WriteAllText(chapter, text + "\n" + appended);
        var options = build.Options with { CourseDirectory = course, OutputDirectory = Path.Combine(scratch, "_site"), Search = false };
        return (new SiteBuilder(build.Services).Build(options), lines);
    }
}
