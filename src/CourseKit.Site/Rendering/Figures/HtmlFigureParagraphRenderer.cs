using CourseKit.Content.Markdown.CrossReferences;
using CourseKit.Content.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CourseKit.Site.Rendering.Figures;

/// <summary>
/// Paragraphs: an image on its own becomes a numbered <c>&lt;figure&gt;</c> (with its label as id, whether the
/// <c>:label:</c> shares its paragraph or follows it); a paragraph holding only labels writes nothing; any
/// other paragraph renders as usual.
/// </summary>
public sealed class HtmlFigureParagraphRenderer(DocumentRenderContext context) : HtmlObjectRenderer<ParagraphBlock>
{
    private readonly ParagraphRenderer plain = new();

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, ParagraphBlock obj)
    {
        if (obj.Inline is null)
        {
            plain.Write(renderer, obj);
            return;
        }
        bool hasImage = obj.Inline.Descendants<LinkInline>().Any(l => l.IsImage);
        string? number = hasImage ? context.NextFigureNumber() : null;
        if (IsOnlyLabels(obj.Inline))
        {
            return;
        }
        if (!hasImage || SoleImage(obj.Inline) is not { } image)
        {
            plain.Write(renderer, obj);
            return;
        }
        var label = LabelIn(obj.Inline) ?? LabelAfter(obj);
        var target = label?.Target ?? (label is null ? null : context.FindLabel(label.Name));
        if (target is { Kind: LabelKind.Figure })
        {
            number = target.Number;
        }
        renderer.EnsureLine();
        renderer.Write("<figure class=\"figure\"");
        if (target is not null)
        {
            renderer.Write(" id=\"").WriteEscape(target.Anchor).Write('"');
        }
        renderer.Write('>');
        renderer.Write(image);
        renderer.Write("<figcaption><span class=\"figno\">").WriteEscape(Words.Get(context.Language, "figure-caption", number)).Write("</span> ");
        renderer.WriteChildren(image);
        renderer.Write("</figcaption></figure>");
        renderer.EnsureLine();
    }

    private static bool IsOnlyLabels(ContainerInline inline)
    {
        bool any = false;
        for (var item = inline.FirstChild; item is not null; item = item.NextSibling)
        {
            switch (item)
            {
                case CrossReferenceInline { IsDefinition: true }:
                    any = true;
                    break;
                case LineBreakInline:
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                    break;
                default:
                    return false;
            }
        }
        return any;
    }

    private static LinkInline? SoleImage(ContainerInline inline)
    {
        LinkInline? image = null;
        for (var item = inline.FirstChild; item is not null; item = item.NextSibling)
        {
            switch (item)
            {
                case LinkInline { IsImage: true } found when image is null:
                    image = found;
                    break;
                case CrossReferenceInline { IsDefinition: true } or LineBreakInline:
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                    break;
                default:
                    return null;
            }
        }
        return image;
    }

    private static CrossReferenceInline? LabelIn(ContainerInline inline) =>
        inline.Descendants<CrossReferenceInline>().FirstOrDefault(r => r.Role == CrossReferenceRole.Label);

    private static CrossReferenceInline? LabelAfter(ParagraphBlock paragraph)
    {
        if (paragraph.Parent is not { } parent)
        {
            return null;
        }
        int index = parent.IndexOf(paragraph);
        return index + 1 < parent.Count && parent[index + 1] is ParagraphBlock { Inline: { } next } && IsOnlyLabels(next)
            ? LabelIn(next)
            : null;
    }
}
