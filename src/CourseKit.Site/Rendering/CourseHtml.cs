using CourseKit.Content.Markdown;
using CourseKit.Site.Rendering.Admonitions;
using CourseKit.Site.Rendering.Code;
using CourseKit.Site.Rendering.CrossReferences;
using CourseKit.Site.Rendering.ExecutableCells;
using CourseKit.Site.Rendering.Figures;
using CourseKit.Site.Rendering.Headings;
using CourseKit.Site.Rendering.HighlightMarks;
using CourseKit.Site.Rendering.Mathematics;
using Markdig.Renderers;
using Markdig.Syntax;

namespace CourseKit.Site.Rendering;

/// <summary>
/// Renders course Markdown to HTML with CourseKit's renderers in front of Markdig's: math as MathML,
/// highlighted code, cells with their outputs, numbered headings, figures and equations, resolved references.
/// </summary>
public static class CourseHtml
{
    /// <summary>Renders a parsed document (or any block of one) with <paramref name="context"/>.</summary>
    public static string Render(MarkdownObject markdown, DocumentRenderContext context)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(context);
        using var writer = new StringWriter();
        var renderer = Create(writer, context);
        renderer.Render(markdown);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Parses and renders Markdown that is not part of a chapter document (an exercise's prompt).</summary>
    public static string RenderMarkdown(string markdown, DocumentRenderContext context) =>
        Render(CourseMarkdown.Parse(markdown ?? ""), context);

    /// <summary>An HTML renderer set up with the course pipeline's renderers and CourseKit's own in front.</summary>
    public static HtmlRenderer Create(TextWriter writer, DocumentRenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var renderer = new HtmlRenderer(writer);
        CourseMarkdown.Pipeline.Setup(renderer);
        // Markdig asks renderers in order and takes the first that accepts an object, so the specific ones
        // (cells and $$ blocks are fenced code blocks too) must come before the general ones.
        var ours = new IMarkdownObjectRenderer[]
        {
            new HtmlExecutableCellRenderer(context),
            new HtmlMathBlockRenderer(context),
            new HtmlMathInlineRenderer(context),
            new HtmlHighlightedCodeRenderer(context),
            new HtmlAdmonitionRenderer(context),
            new HtmlCrossReferenceRenderer(context),
            new HtmlHighlightMarkRenderer(),
            new HtmlNumberedHeadingRenderer(),
            new HtmlFigureParagraphRenderer(context),
        };
        for (int i = 0; i < ours.Length; i++)
        {
            renderer.ObjectRenderers.Insert(i, ours[i]);
        }
        renderer.LinkRewriter = context.RewriteLink;
        return renderer;
    }
}
