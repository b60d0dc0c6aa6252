using CourseKit.Content.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace CourseKit.Site.Rendering.Headings;

/// <summary>Headings with their section number and a self-link, with the id the loader gave them (the label when labelled).</summary>
public sealed class HtmlNumberedHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, HeadingBlock obj)
    {
        var section = obj.GetData(typeof(Section)) as Section;
        string? anchor = section?.Anchor is { Length: > 0 } a ? a : obj.TryGetAttributes()?.Id;
        int level = Math.Clamp(obj.Level, 1, 6);
        renderer.EnsureLine();
        renderer.Write("<h").Write((char)('0' + level));
        if (anchor is not null)
        {
            renderer.Write(" id=\"").WriteEscape(anchor).Write('"');
        }
        renderer.Write('>');
        if (section is { Number.Length: > 0 })
        {
            renderer.Write("<span class=\"secno\">").WriteEscape(section.Number).Write("</span> ");
        }
        renderer.WriteLeafInline(obj);
        if (anchor is not null)
        {
            renderer.Write("<a class=\"anchor\" data-pagefind-ignore href=\"#").WriteEscape(anchor).Write("\" aria-label=\"§\">§</a>");
        }
        renderer.Write("</h").Write((char)('0' + level)).Write('>');
        renderer.EnsureLine();
    }
}
