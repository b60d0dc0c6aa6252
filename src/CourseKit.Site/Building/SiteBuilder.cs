using System.Diagnostics;
using CourseKit.Content.Diagnostics;
using CourseKit.Content.Loading;
using CourseKit.Site.Cells;
using CourseKit.Site.Checking;
using CourseKit.Site.Pipeline;
using CourseKit.Site.Rendering;
using CourseKit.Site.Search;

namespace CourseKit.Site.Building;

/// <summary>
/// <c>coursekit build</c>: load the course, preprocess it (run cells; the loader has numbered everything and
/// resolved references) and render it (pages, search index, link check), each stage behind a small
/// interface as in mdBook. A course with errors is not published: the build stops at the first stage that
/// reports one and the output folder holds whatever was written until then.
/// </summary>
public sealed class SiteBuilder
{
    private readonly SiteServices services;

    /// <summary>A builder using <paramref name="services"/> (made once, reused by every build).</summary>
    public SiteBuilder(SiteServices services)
    {
        this.services = services ?? throw new ArgumentNullException(nameof(services));
    }

    /// <summary>The preprocessors, in order.</summary>
    public IList<IPreprocessor> Preprocessors { get; } = [new CellExecutionPreprocessor()];

    /// <summary>The renderers, in order: pages first, then the search index, then the check of every link.</summary>
    public IList<IRenderer> Renderers { get; } = [new HtmlSiteRenderer(), new PagefindIndexer(), new LinkChecker()];

    /// <summary>One-call build for commands and tests: makes the services, builds once, releases them.</summary>
    public static SiteBuildResult BuildOnce(SiteBuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var services = SiteServices.Create(options.ThemeDirectory, out string? error);
        if (services is null)
        {
            return new SiteBuildResult(
                [new Diagnostic(SiteDiagnosticCodes.ThemeError, DiagnosticSeverity.Error, options.ThemeDirectory, 0, 0, error ?? "the theme could not be loaded")],
                [], 0, 0, []);
        }
        return new SiteBuilder(services).Build(options);
    }

    /// <summary>Builds the site described by <paramref name="options"/>.</summary>
    public SiteBuildResult Build(SiteBuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var timings = new List<(string, TimeSpan)>();
        var clock = Stopwatch.StartNew();
        var loaded = CourseLoader.Load(options.CourseDirectory);
        timings.Add(("load", clock.Elapsed));
        if (loaded.HasErrors)
        {
            return new SiteBuildResult(loaded.Diagnostics, [], 0, 0, timings);
        }
        if (IsUnsafeOutput(options))
        {
            var refusal = new Diagnostic(
                SiteDiagnosticCodes.ThemeError, DiagnosticSeverity.Error, options.OutputDirectory, 0, 0,
                "the output folder holds the course or the theme, and a build empties it", "choose a separate folder, e.g. `--out _site`");
            return new SiteBuildResult([.. loaded.Diagnostics, refusal], [], 0, 0, timings);
        }
        var context = new BuildContext(loaded.Course, options, services);
        foreach (var diagnostic in loaded.Diagnostics)
        {
            context.Report(diagnostic);
        }
        PrepareOutput(options.OutputDirectory, keepSearch: options.Search && options.DeferSearch);
        foreach (var preprocessor in Preprocessors)
        {
            if (!Run(preprocessor.Name, () => preprocessor.Run(context), context, timings))
            {
                return Result(context, timings);
            }
        }
        foreach (var renderer in Renderers)
        {
            if (!Run(renderer.Name, () => renderer.Render(context), context, timings))
            {
                break;
            }
        }
        return Result(context, timings);
    }

    private static bool Run(string name, Action stage, BuildContext context, List<(string, TimeSpan)> timings)
    {
        var clock = Stopwatch.StartNew();
        stage();
        timings.Add((name, clock.Elapsed));
        return !context.HasErrors;
    }

    private static SiteBuildResult Result(BuildContext context, List<(string, TimeSpan)> timings) =>
        new(context.Diagnostics, [.. context.WrittenFiles], context.Cells.Executed, context.Cells.Cached, timings);

    private static bool IsUnsafeOutput(SiteBuildOptions options)
    {
        string output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputDirectory)) + Path.DirectorySeparatorChar;
        return new[] { options.CourseDirectory, options.ThemeDirectory }
            .Select(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p)) + Path.DirectorySeparatorChar)
            .Any(p => p.StartsWith(output, StringComparison.Ordinal));
    }

    // Emptied rather than deleted, so a server watching or serving the folder keeps its handle on it.
    private static void PrepareOutput(string output, bool keepSearch)
    {
        var directory = Directory.CreateDirectory(output);
        foreach (var file in directory.EnumerateFiles())
        {
            file.Delete();
        }
        foreach (var folder in directory.EnumerateDirectories())
        {
            if (keepSearch && folder.Name == "pagefind")
            {
                continue;
            }
            folder.Delete(recursive: true);
        }
    }
}
