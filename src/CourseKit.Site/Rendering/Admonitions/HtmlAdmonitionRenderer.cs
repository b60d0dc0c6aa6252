using CourseKit.Content.Markdown.Admonitions;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace CourseKit.Site.Rendering.Admonitions;

/// <summary><c>:::note Title</c> … <c>:::</c> as an aside with its kind as class and a title (the kind's name when none is given).</summary>
public sealed class HtmlAdmonitionRenderer(DocumentRenderContext context) : HtmlObjectRenderer<CustomContainer>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, CustomContainer obj)
    {
        string kind = Admonition.KindOf(obj) ?? "note";
        string title = Admonition.TitleOf(obj) ?? Words.Get(context.Language, kind);
        renderer.EnsureLine();
        renderer.Write("<aside class=\"admonition ").WriteEscape(kind).Write("\">");
        renderer.Write("<p class=\"admonition-title\">").WriteEscape(title).Write("</p>");
        renderer.EnsureLine();
        renderer.WriteChildren(obj);
        renderer.Write("</aside>");
        renderer.EnsureLine();
    }
}
