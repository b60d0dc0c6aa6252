using CourseKit.Site.Cells;
using CourseKit.Site.Highlighting;
using CourseKit.Site.Mathematics;
using CourseKit.Site.Theming;

namespace CourseKit.Site.Building;

/// <summary>
/// The parts of a build that take seconds to start — Temml in Jint, the TextMate grammars, Roslyn — made once
/// per theme and reused by every build, so <c>serve</c>'s rebuilds and a test class's builds pay once.
/// </summary>
public sealed class SiteServices : IDisposable
{
    private readonly Lazy<TexRenderer> tex;

    private SiteServices(string themeDirectory, SiteTheme theme)
    {
        ThemeDirectory = themeDirectory;
        Theme = theme;
        tex = new Lazy<TexRenderer>(() => TexRenderer.ForSite(themeDirectory));
    }

    /// <summary>The theme folder these services were made for.</summary>
    public string ThemeDirectory { get; }

    /// <summary>The page templates.</summary>
    public SiteTheme Theme { get; private set; }

    /// <summary>TeX to MathML.</summary>
    public TexRenderer Tex => tex.Value;

    /// <summary>Code to highlighted HTML.</summary>
    public CodeHighlighter Highlighter { get; } = new();

    /// <summary>Runs executable cells.</summary>
    public CellRunner Cells { get; } = new();

    /// <summary>
    /// Restores the theme's npm packages when needed and loads its templates. Returns null with
    /// <paramref name="error"/> set when either fails.
    /// </summary>
    public static SiteServices? Create(string themeDirectory, out string? error)
    {
        var restore = NpmRestore.EnsureRestored(themeDirectory);
        if (!restore.Succeeded)
        {
            error = "the site's npm packages could not be restored: " + restore.Log;
            return null;
        }
        var theme = SiteTheme.Load(themeDirectory, out error);
        return theme is null ? null : new SiteServices(Path.GetFullPath(themeDirectory), theme);
    }

    /// <summary>Reloads the templates (after an edit under <c>site/</c>); keeps the old ones and gives the error when they do not parse.</summary>
    public bool ReloadTheme(out string? error)
    {
        var theme = SiteTheme.Load(ThemeDirectory, out error);
        if (theme is null)
        {
            return false;
        }
        Theme = theme;
        return true;
    }

    /// <summary>Releases the JavaScript engine.</summary>
    public void Dispose()
    {
        if (tex.IsValueCreated)
        {
            tex.Value.Dispose();
        }
    }
}
