using System.Runtime.CompilerServices;
using CourseKit.Content.Diagnostics;
using CourseKit.Content.Model;
using CourseKit.Site.Cells;
using CourseKit.Site.Highlighting;
using CourseKit.Site.Rendering.Mathematics;

namespace CourseKit.Site.Rendering;

/// <summary>
/// What the HTML renderers of one piece of Markdown need: the course (to resolve and link references), the
/// document (for positions), the services and the cell outputs, and where to report problems.
/// </summary>
public sealed class DocumentRenderContext
{
    // Shared with ForFile contexts, so a figure in an exercise prompt continues the chapter's numbering.
    private StrongBox<int> figures = new(0);

    /// <summary>Sets up rendering of Markdown from <paramref name="sourceFile"/> for a page in <paramref name="language"/>.</summary>
    /// <param name="course">The course, for references across chapters.</param>
    /// <param name="chapter">The chapter whose page this is.</param>
    /// <param name="language">The page's language.</param>
    /// <param name="sourceFile">Course-relative path of the Markdown's file, for diagnostics and cell outputs.</param>
    /// <param name="tex">Renders math (usually a <see cref="MathCache"/>).</param>
    /// <param name="highlighter">Highlights code.</param>
    /// <param name="report">Receives problems (math that does not parse, unresolved references).</param>
    public DocumentRenderContext(
        Course course, Chapter chapter, string language, string sourceFile, IMathRenderer tex, CodeHighlighter highlighter, Action<Diagnostic> report)
    {
        Course = course ?? throw new ArgumentNullException(nameof(course));
        Chapter = chapter ?? throw new ArgumentNullException(nameof(chapter));
        Language = language ?? throw new ArgumentNullException(nameof(language));
        SourceFile = sourceFile ?? throw new ArgumentNullException(nameof(sourceFile));
        Tex = tex ?? throw new ArgumentNullException(nameof(tex));
        Highlighter = highlighter ?? throw new ArgumentNullException(nameof(highlighter));
        Report = report ?? throw new ArgumentNullException(nameof(report));
    }

    /// <summary>The course.</summary>
    public Course Course { get; }

    /// <summary>The chapter being rendered.</summary>
    public Chapter Chapter { get; }

    /// <summary>The page's language.</summary>
    public string Language { get; }

    /// <summary>Course-relative path of the Markdown's file.</summary>
    public string SourceFile { get; }

    /// <summary>Added to Markdig's 0-based lines to get lines of <see cref="SourceFile"/>; 1 for a whole file, 0 when positions are unknown.</summary>
    public int LineBase { get; init; } = 1;

    /// <summary>Renders math.</summary>
    public IMathRenderer Tex { get; }

    /// <summary>Highlights code.</summary>
    public CodeHighlighter Highlighter { get; }

    /// <summary>Receives problems.</summary>
    public Action<Diagnostic> Report { get; }

    /// <summary>Outputs of this document's cells, by cell index; null in previews that do not run cells.</summary>
    public Func<int, CellOutput?>? CellOutput { get; init; }

    /// <summary>Writes a figure made by a cell (SVG text) into the output and gives its URL from the page; null to inline it.</summary>
    public Func<int, string, string>? WriteCellFigure { get; init; }

    /// <summary>
    /// A context for Markdown from another file of the same page (an exercise's YAML), whose positions inside
    /// that file Markdig cannot know: diagnostics name the file without a line.
    /// </summary>
    public DocumentRenderContext ForFile(string file) =>
        new(Course, Chapter, Language, file, Tex, Highlighter, Report) { LineBase = 0, figures = figures };

    /// <summary>The next figure number (<c>1.3</c>) for an image paragraph, counted as the loader counts them.</summary>
    public string NextFigureNumber() => $"{Chapter.Number}.{++figures.Value}";

    /// <summary>The line in <see cref="SourceFile"/> of a Markdig 0-based line, or 0 when unknown.</summary>
    public int SourceLine(int markdigLine) => LineBase == 0 ? 0 : markdigLine + LineBase;

    /// <summary>A label by name in the page's language (then any language), for references the loader did not resolve.</summary>
    public Label? FindLabel(string name) =>
        Course.Labels.FirstOrDefault(l => l.Name == name && l.Language == Language)
        ?? Course.Labels.FirstOrDefault(l => l.Name == name);

    /// <summary>The URL of a label's target from this page.</summary>
    public string UrlOf(Label label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var chapter = Course.FindChapter(label.ChapterSlug);
        if (chapter is null || chapter == Chapter)
        {
            return "#" + label.Anchor;
        }
        // A chapter without a translation is shown in English on the translated site, so links stay in the page's language.
        return SitePaths.LinkToChapter(Language, Language, chapter) + "#" + label.Anchor;
    }

    /// <summary>
    /// Rewrites a relative link of the Markdown for the output: another chapter's <c>index.md</c> becomes its page,
    /// any other file of a chapter folder its copy under <c>media/</c>; absolute URLs and anchors stay as written.
    /// </summary>
    public string RewriteLink(string url)
    {
        if (string.IsNullOrEmpty(url) || url.StartsWith('#') || url.StartsWith('/') || url.Contains(':', StringComparison.Ordinal))
        {
            return url;
        }
        int hash = url.IndexOf('#', StringComparison.Ordinal);
        string path = hash < 0 ? url : url[..hash];
        string fragment = hash < 0 ? "" : url[hash..];
        string? resolved = Normalize(Chapter.Path + "/" + path);
        if (resolved is null)
        {
            return url;
        }
        string[] parts = resolved.Split('/');
        if (parts.Length >= 3 && parts[0] == "content" && Course.Chapters.FirstOrDefault(c => c.FolderName == parts[1]) is { } target)
        {
            if (parts.Length == 3 && parts[2] is "index.md" || parts[2].StartsWith("index.", StringComparison.Ordinal) && parts[2].EndsWith(".md", StringComparison.Ordinal))
            {
                return SitePaths.LinkToChapter(Language, Language, target) + fragment;
            }
            return "../" + SitePaths.ChapterMedia(target) + "/" + string.Join('/', parts.Skip(2)) + fragment;
        }
        return url;
    }

    private static string? Normalize(string path)
    {
        var parts = new List<string>();
        foreach (string part in path.Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(part);
        }
        return string.Join('/', parts);
    }
}
