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

    // What the last incremental build left in its output folder, for the next one to start from.
    private PreviousBuild? last;

    /// <summary>A builder using <paramref name="services"/> (made once, reused by every build).</summary>
    public SiteBuilder(SiteServices services)
    {
        this.services = services ?? throw new ArgumentNullException(nameof(services));
    }

    /// <summary>The preprocessors, in order.</summary>
    public IList<IPreprocessor> Preprocessors { get; } = [new CellExecutionPreprocessor()];

    /// <summary>
    /// The renderers, in order: pages first, then the search index, then the check of every internal link, then
    /// (only when asked) of every external one.
    /// </summary>
    public IList<IRenderer> Renderers { get; } = [new HtmlSiteRenderer(), new PagefindIndexer(), new LinkChecker(), new ExternalLinkChecker()];

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

    /// <summary>
    /// Builds the site described by <paramref name="options"/>; with <see cref="SiteBuildOptions.Incremental"/>,
    /// starting from this builder's last build when it went to the same folder with the same theme.
    /// </summary>
    public SiteBuildResult Build(SiteBuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var theme = services.Theme;
        string output = Path.GetFullPath(options.OutputDirectory);
        var previous = options.Incremental && last is { } l && l.Output == output && ReferenceEquals(l.Theme, theme) && Directory.Exists(output)
            ? l.Pages
            : null;
        last = null; // until this build succeeds, the output folder is in no known state
        var (result, pages) = BuildFrom(options, previous);
        if (options.Incremental && result.Succeeded && pages is not null)
        {
            last = new PreviousBuild(output, theme, pages);
        }
        return result;
    }

    private (SiteBuildResult Result, IReadOnlyDictionary<string, PageRecord>? Pages) BuildFrom(SiteBuildOptions options, IReadOnlyDictionary<string, PageRecord>? previous)
    {
        var timings = new List<(string, TimeSpan)>();
        var clock = Stopwatch.StartNew();
        var loaded = CourseLoader.Load(options.CourseDirectory);
        timings.Add(("load", clock.Elapsed));
        if (loaded.HasErrors)
        {
            return (new SiteBuildResult(loaded.Diagnostics, [], 0, 0, timings), null);
        }
        if (IsUnsafeOutput(options))
        {
            var refusal = new Diagnostic(
                SiteDiagnosticCodes.ThemeError, DiagnosticSeverity.Error, options.OutputDirectory, 0, 0,
                "the output folder holds the course or the theme, and a build empties it", "choose a separate folder, e.g. `--out _site`");
            return (new SiteBuildResult([.. loaded.Diagnostics, refusal], [], 0, 0, timings), null);
        }
        var context = new BuildContext(loaded.Course, options, services) { PreviousPages = previous };
        foreach (var diagnostic in loaded.Diagnostics)
        {
            context.Report(diagnostic);
        }
        services.WarmUpInBackground();
        bool keepSearch = options.Search && options.DeferSearch;
        if (previous is null)
        {
            PrepareOutput(options.OutputDirectory, keepSearch);
        }
        foreach (var preprocessor in Preprocessors)
        {
            if (!Run(preprocessor.Name, () => preprocessor.Run(context), context, timings))
            {
                return (Result(context, timings), null);
            }
        }
        foreach (var renderer in Renderers)
        {
            if (!Run(renderer.Name, () => renderer.Render(context), context, timings))
            {
                break;
            }
        }
        if (previous is not null && !context.HasErrors)
        {
            RemoveStale(context, keepSearch);
        }
        return (Result(context, timings), new Dictionary<string, PageRecord>(context.Pages, StringComparer.Ordinal));
    }

    private static bool Run(string name, Action stage, BuildContext context, List<(string, TimeSpan)> timings)
    {
        var clock = Stopwatch.StartNew();
        stage();
        timings.Add((name, clock.Elapsed));
        return !context.HasErrors;
    }

    private static SiteBuildResult Result(BuildContext context, List<(string, TimeSpan)> timings) =>
        new(context.Diagnostics, [.. context.WrittenFiles], context.Cells.Executed, context.Cells.Cached, timings)
        {
            RenderedPages = [.. context.RenderedPages],
            KeptPages = [.. context.KeptPages],
        };

    // An incremental build writes over the last one: what it no longer writes (a deleted chapter's page, an
    // image removed from a chapter folder) goes, as a full build's emptied folder would not have it.
    private static void RemoveStale(BuildContext context, bool keepSearch)
    {
        string root = context.Options.OutputDirectory;
        foreach (string file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
            if (keepSearch && relative.StartsWith("pagefind/", StringComparison.Ordinal))
            {
                continue;
            }
            if (!context.WrittenFiles.Contains(relative))
            {
                File.Delete(file);
            }
        }
    }

    private sealed record PreviousBuild(string Output, Theming.SiteTheme Theme, IReadOnlyDictionary<string, PageRecord> Pages);

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
