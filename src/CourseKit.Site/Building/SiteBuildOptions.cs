using CourseKit.Site.Checking;

namespace CourseKit.Site.Building;

/// <summary>What to build and where: a course folder, the theme folder and the output folder.</summary>
/// <param name="CourseDirectory">The course root (the folder holding <c>content/</c>).</param>
/// <param name="ThemeDirectory">The theme (<c>site/</c>: templates/, assets/, package-lock.json).</param>
/// <param name="OutputDirectory">Where the site is written; emptied first.</param>
public sealed record SiteBuildOptions(string CourseDirectory, string ThemeDirectory, string OutputDirectory)
{
    /// <summary>Where cell outputs and rendered formulas are cached between builds; <c>.coursekit-cache</c> in the course by default.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Whether to build the Pagefind search index (off in tests that do not need it, to save time).</summary>
    public bool Search { get; init; } = true;

    /// <summary>
    /// Keeps the previous build's search index and leaves re-indexing to the caller: <c>serve</c> reloads the
    /// page first and refreshes the index after, so a save shows in well under a second.
    /// </summary>
    public bool DeferSearch { get; init; }

    /// <summary>
    /// Checks every external link of the written pages with these settings; null (the default) makes no
    /// request at all, so a build works offline and does not depend on other people's servers.
    /// </summary>
    public ExternalLinkCheckOptions? CheckExternalLinks { get; init; }

    /// <summary>
    /// Keeps the previous build's output and re-renders only the pages whose inputs changed, when the same
    /// <see cref="SiteBuilder"/> built into the same folder last time with the same theme (<c>serve</c>'s rebuilds).
    /// </summary>
    public bool Incremental { get; init; }

    /// <summary>Adds the script that reloads the page when <c>serve</c> rebuilds.</summary>
    public bool LiveReload { get; init; }

    /// <summary>The cache folder in effect.</summary>
    public string EffectiveCacheDirectory =>
        CacheDirectory ?? Path.Combine(CourseDirectory, ".coursekit-cache");

    /// <summary>
    /// The theme for a course: its own <c>site/</c> when it has one, else the <c>site/</c> of the CourseKit
    /// checkout this program runs from (found upward from the program's folder), else null.
    /// </summary>
    public static string? FindTheme(string courseDirectory)
    {
        string own = Path.Combine(courseDirectory, "site");
        if (Directory.Exists(Path.Combine(own, "templates")))
        {
            return own;
        }
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "site");
            if (Directory.Exists(Path.Combine(candidate, "templates")) && File.Exists(Path.Combine(candidate, "package-lock.json")))
            {
                return candidate;
            }
        }
        return null;
    }
}
