using CourseKit.Site.Mathematics;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace CourseKit.Site.Rendering.Mathematics;

/// <summary><c>$…$</c> as inline MathML; <c>$$…$$</c> inside a paragraph as display MathML, numbered when labelled.</summary>
public sealed class HtmlMathInlineRenderer(DocumentRenderContext context) : HtmlObjectRenderer<MathInline>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, MathInline obj)
    {
        bool display = obj.DelimiterCount >= 2;
        MathWriter.Write(
            renderer, context, obj.Content.ToString(), display ? MathMode.Display : MathMode.Inline,
            obj.Line, obj.Column + 1 + obj.DelimiterCount, display ? EquationLabels.After(obj) : null, inParagraph: true);
    }
}
