using CourseKit.Site.Cells;
using CourseKit.Site.Highlighting;
using CourseKit.Site.Mathematics;
using CourseKit.Site.Rendering.Mathematics;
using CourseKit.Site.Theming;

namespace CourseKit.Site.Building;

/// <summary>
/// The parts of a build that take seconds to start — Temml in Jint, the TextMate grammars, Roslyn — made once
/// per theme and reused by every build, so <c>serve</c>'s rebuilds and a test class's builds pay once.
/// </summary>
public sealed class SiteServices : IDisposable
{
    private readonly Lazy<TexRenderer> tex;
    private readonly Lock gate = new();
    private MathCache? math;
    private Task? warmUp;

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

    /// <summary>
    /// TeX to MathML through a cache kept on disk in <paramref name="cacheDirectory"/> and in memory for as long as
    /// these services live, so <c>serve</c>'s rebuilds do not even read the formulas back from disk.
    /// </summary>
    public MathCache Math(string cacheDirectory)
    {
        string directory = Path.GetFullPath(cacheDirectory);
        lock (gate)
        {
            if (math is null || math.Directory != directory)
            {
                math = new MathCache(() => Tex, TemmlAssets.Locate(ThemeDirectory).Script, directory);
            }
            return math;
        }
    }

    /// <summary>
    /// Starts Temml and the C# grammar on another thread (once), so that on a cold build they load while the
    /// cells run on this one, instead of after them; rendering waits for them only if they are not ready yet.
    /// </summary>
    public void WarmUpInBackground()
    {
        lock (gate)
        {
            warmUp ??= Task.Run(() =>
            {
                _ = Tex.Render("x^2");
                _ = Highlighter.Highlight("var x = 1;", "csharp");
            });
        }
    }

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
        // The warm-up may still be using the engine.
        try
        {
            warmUp?.Wait();
        }
        catch (AggregateException)
        {
            // A warm-up that failed only loses its head start; rendering reports the real error.
        }
        if (tex.IsValueCreated)
        {
            tex.Value.Dispose();
        }
    }
}
