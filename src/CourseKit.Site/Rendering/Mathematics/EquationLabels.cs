using CourseKit.Content.Markdown.CrossReferences;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CourseKit.Site.Rendering.Mathematics;

/// <summary>Finds the <c>:eqlabel:</c> that belongs to a display equation, where the loader looks for it.</summary>
internal static class EquationLabels
{
    /// <summary>The label of a <c>$$</c> block: the first <c>:eqlabel:</c> of the paragraph right after it.</summary>
    public static CrossReferenceInline? After(Block block)
    {
        if (block.Parent is not { } parent)
        {
            return null;
        }
        int index = parent.IndexOf(block);
        return index + 1 < parent.Count && parent[index + 1] is ParagraphBlock { Inline: { } inline }
            ? FirstLabel(inline.FirstChild)
            : null;
    }

    /// <summary>The label of display math inside a paragraph: the next <c>:eqlabel:</c> among its following inlines.</summary>
    public static CrossReferenceInline? After(Inline math) => FirstLabel(math.NextSibling);

    private static CrossReferenceInline? FirstLabel(Inline? from)
    {
        for (var inline = from; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case CrossReferenceInline { Role: CrossReferenceRole.EqLabel } label:
                    return label;
                case Markdig.Extensions.Mathematics.MathInline { DelimiterCount: >= 2 }:
                    return null; // the next equation's label
                case LiteralInline literal when !literal.Content.IsEmptyOrWhitespace():
                    return null;
            }
        }
        return null;
    }
}
