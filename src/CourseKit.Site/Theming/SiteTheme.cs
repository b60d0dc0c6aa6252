using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;

namespace CourseKit.Site.Theming;

/// <summary>
/// The theme's Liquid templates (<c>site/templates/*.liquid</c>, run by Fluid): <c>page.liquid</c> lays out
/// every page and <c>home.liquid</c> is the body of each language's home page.
/// </summary>
public sealed class SiteTheme
{
    private static readonly TemplateOptions Options = CreateOptions();
    private static readonly FluidParser Parser = new();

    // The default encoder escapes everything outside ASCII; Chinese pages should stay readable as source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly IFluidTemplate page;
    private readonly IFluidTemplate home;

    private SiteTheme(string directory, IFluidTemplate page, IFluidTemplate home)
    {
        Directory = directory;
        this.page = page;
        this.home = home;
    }

    /// <summary>The theme folder.</summary>
    public string Directory { get; }

    /// <summary>The folder of static files copied to the output's <c>assets/</c>.</summary>
    public string AssetsDirectory => Path.Combine(Directory, "assets");

    /// <summary>Loads and parses the templates; null with <paramref name="error"/> (file and Fluid's message) when one does not parse.</summary>
    public static SiteTheme? Load(string themeDirectory, out string? error)
    {
        string templates = Path.Combine(themeDirectory, "templates");
        var page = Parse(Path.Combine(templates, "page.liquid"), out error);
        if (page is null)
        {
            return null;
        }
        var home = Parse(Path.Combine(templates, "home.liquid"), out error);
        return home is null ? null : new SiteTheme(Path.GetFullPath(themeDirectory), page, home);
    }

    /// <summary>A whole page.</summary>
    public string RenderPage(PageModel model) => Render(page, model);

    /// <summary>The body of a home page (the page model's content is ignored).</summary>
    public string RenderHome(PageModel model) => Render(home, model);

    private static string Render(IFluidTemplate template, PageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var context = new TemplateContext(Options);
        context.SetValue("page", model);
        return template.Render(context, Encoder);
    }

    private static IFluidTemplate? Parse(string file, out string? error)
    {
        if (!File.Exists(file))
        {
            error = $"{file}: the template is missing";
            return null;
        }
        if (!Parser.TryParse(File.ReadAllText(file), out var template, out string parseError))
        {
            error = $"{file}: {parseError}";
            return null;
        }
        error = null;
        return template;
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions();
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        options.MemberAccessStrategy.Register<PageModel>();
        options.MemberAccessStrategy.Register<PageLink>();
        options.MemberAccessStrategy.Register<TocChapter>();
        options.MemberAccessStrategy.Register<TocSection>();
        options.MemberAccessStrategy.Register<LanguageLink>();
        return options;
    }
}
