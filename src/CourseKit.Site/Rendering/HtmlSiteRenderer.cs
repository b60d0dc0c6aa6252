using System.Globalization;
using CourseKit.Content.Model;
using CourseKit.Site.Highlighting;
using CourseKit.Site.Mathematics;
using CourseKit.Site.Pipeline;
using CourseKit.Site.Rendering.Exercises;
using CourseKit.Site.Rendering.Mathematics;
using CourseKit.Site.Theming;

namespace CourseKit.Site.Rendering;

/// <summary>
/// Writes the site: every chapter in every language through the theme's templates, each language's home page,
/// the chapters' media, the figures cells made, and the assets (theme files, highlight and math stylesheets, math font).
/// In an incremental build a page whose inputs (<see cref="PageStamps"/>) did not change is kept, not rendered.
/// </summary>
public sealed class HtmlSiteRenderer : IRenderer
{
    // Made from TextMateSharp's bundled themes, which loading takes tens of milliseconds: once per process.
    private static readonly Lazy<string> HighlightCss = new(() => HighlightStylesheet.LightAndDark());

    private static readonly string[] TemplateWords = ["contents", "search", "dark-mode", "previous", "next", "chapters", "exercises"];

    /// <inheritdoc />
    public string Name => "html";

    /// <inheritdoc />
    public void Render(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        WriteAssets(context);
        var math = context.Services.Math(Path.Combine(context.Options.EffectiveCacheDirectory, "math"));
        var course = context.Course;
        foreach (var chapter in course.Chapters)
        {
            CopyMedia(context, chapter);
        }
        var stamps = new PageStamps(context);
        foreach (string language in course.Languages)
        {
            foreach (var chapter in course.Chapters)
            {
                if (chapter.Document(language) is { } document)
                {
                    context.RenderPage(
                        SitePaths.ChapterPage(language, chapter), stamps.Chapter(chapter, language, document),
                        () => WriteChapter(context, math, chapter, language));
                }
            }
            context.RenderPage(SitePaths.HomePage(language), stamps.Home(language), () => WriteHome(context, language));
        }
        context.WriteText("index.html", Redirect(SitePaths.HomePage(course.Languages.Count > 0 ? course.Languages[0] : "en")));
    }

    private static void WriteChapter(BuildContext context, IMathRenderer math, Chapter chapter, string language)
    {
        var document = chapter.Document(language);
        if (document is null)
        {
            return;
        }
        var render = new DocumentRenderContext(
            context.Course, chapter, language, document.Path, math, context.Services.Highlighter, context.Report)
        {
            CellOutput = index => context.Cells.Get(document.Path, index),
            WriteCellFigure = (index, svg) =>
            {
                string name = $"cell-{document.Language}-{(index + 1).ToString(CultureInfo.InvariantCulture)}.svg";
                context.WriteText(SitePaths.ChapterMedia(chapter) + "/" + name, svg);
                return "../" + SitePaths.ChapterMedia(chapter) + "/" + name;
            },
        };
        string body = CourseHtml.Render(document.Syntax, render)
            + HtmlExerciseWriter.Render(chapter.Exercises, render, withHeading: !HtmlExerciseWriter.HasOwnSection(document, language));
        var chapters = context.Course.Chapters;
        int index = IndexOf(chapters, chapter);
        var model = Model(context, language, document.Title, body, chapter) with
        {
            Previous = index > 0 ? Link(chapters[index - 1], language) : null,
            Next = index + 1 < chapters.Count ? Link(chapters[index + 1], language) : null,
        };
        context.WriteText(SitePaths.ChapterPage(language, chapter), context.Services.Theme.RenderPage(model));
    }

    private static void WriteHome(BuildContext context, string language)
    {
        var course = context.Course;
        var model = Model(context, language, course.Title.Get(language), "", null);
        model = model with
        {
            Content = context.Services.Theme.RenderHome(model),
            Next = course.Chapters.Count > 0 ? Link(course.Chapters[0], language) : null,
        };
        context.WriteText(SitePaths.HomePage(language), context.Services.Theme.RenderPage(model));
    }

    private static PageModel Model(BuildContext context, string language, string title, string body, Chapter? current)
    {
        var course = context.Course;
        var toc = course.Chapters
            .Select(c => new TocChapter(
                c.Number.ToString(CultureInfo.InvariantCulture),
                c.Title(language),
                SitePaths.LinkToChapter(language, language, c),
                c == current,
                Sections(c, language, current)))
            .ToArray();
        var languages = course.Languages
            .Select(l => new LanguageLink(
                l,
                Words.Get(l, "language-name"),
                current is null ? $"../{SitePaths.HomePage(l)}" : "../" + SitePaths.ChapterPage(l, current),
                l == language))
            .ToArray();
        var words = TemplateWords.ToDictionary(k => k.Replace('-', '_'), k => Words.Get(language, k), StringComparer.Ordinal);
        return new PageModel(
            language, title, course.Title.Get(language), course.Description.Get(language), "../" + SitePaths.Assets, "index.html",
            body, toc, null, null, languages, words, context.Options.Search, context.Options.LiveReload);
    }

    private static TocSection[] Sections(Chapter chapter, string language, Chapter? current)
    {
        var document = chapter.Document(language);
        if (document is null)
        {
            return [];
        }
        string page = chapter == current ? "" : SitePaths.LinkToChapter(language, language, chapter);
        var sections = document.Sections
            .Where(s => s.Level is 2 or 3 && s.Anchor.Length > 0)
            .Select(s => new TocSection(s.Number, s.Title, page + "#" + s.Anchor, s.Level))
            .ToList();
        if (chapter.Exercises.Count > 0 && !HtmlExerciseWriter.HasOwnSection(document, language))
        {
            sections.Add(new TocSection("", Words.Get(language, "exercises"), page + "#" + HtmlExerciseWriter.SectionId, 2));
        }
        return [.. sections];
    }

    private static PageLink Link(Chapter chapter, string language) =>
        new($"{chapter.Number}. {chapter.Title(language)}", SitePaths.LinkToChapter(language, language, chapter));

    private static int IndexOf(IReadOnlyList<Chapter> chapters, Chapter chapter)
    {
        for (int i = 0; i < chapters.Count; i++)
        {
            if (chapters[i] == chapter)
            {
                return i;
            }
        }
        return -1;
    }

    private static void WriteAssets(BuildContext context)
    {
        string assets = context.Services.Theme.AssetsDirectory;
        if (Directory.Exists(assets))
        {
            foreach (string file in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(assets, file).Replace(Path.DirectorySeparatorChar, '/');
                context.CopyFile(file, SitePaths.Assets + "/" + relative);
            }
        }
        context.WriteText(SitePaths.Assets + "/highlight.css", HighlightCss.Value);
        var temml = TemmlAssets.Locate(context.Services.ThemeDirectory);
        if (!FontTables.HasMathTable(temml.MathFontFile))
        {
            context.Report(new Content.Diagnostics.Diagnostic(
                SiteDiagnosticCodes.ThemeError, Content.Diagnostics.DiagnosticSeverity.Warning, temml.MathFontFile, 0, 0,
                "the math font has no OpenType MATH table, so browsers will size fractions, radicals and big operators poorly",
                "ship a math font with a MATH table, such as Noto Sans Math or Latin Modern Math"));
        }
        context.CopyFile(temml.MathFontFile, SitePaths.Assets + "/fonts/noto-sans-math.woff2");
        context.WriteText(SitePaths.Assets + "/temml.css", temml.Stylesheet("fonts/noto-sans-math.woff2"));
    }

    private static void CopyMedia(BuildContext context, Chapter chapter)
    {
        string folder = Path.Combine(context.Options.CourseDirectory, chapter.Path.Replace('/', Path.DirectorySeparatorChar));
        if (!Directory.Exists(folder))
        {
            return;
        }
        foreach (string file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            // Markdown becomes pages and exercises/ is read through the model (which leaves their checks out).
            if (relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || relative.StartsWith("exercises/", StringComparison.Ordinal))
            {
                continue;
            }
            context.CopyFile(file, SitePaths.ChapterMedia(chapter) + "/" + relative);
        }
    }

    private static string Redirect(string target) =>
        $"<!doctype html>\n<html><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"0; url={target}\">"
        + $"<link rel=\"canonical\" href=\"{target}\"><title>Redirect</title></head>"
        + $"<body><a href=\"{target}\">{target}</a></body></html>\n";
}
