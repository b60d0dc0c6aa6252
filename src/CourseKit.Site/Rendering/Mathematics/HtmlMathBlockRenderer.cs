using CourseKit.Site.Mathematics;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace CourseKit.Site.Rendering.Mathematics;

/// <summary>A <c>$$</c> block as display MathML, numbered when an <c>:eqlabel:</c> follows it.</summary>
public sealed class HtmlMathBlockRenderer(DocumentRenderContext context) : HtmlObjectRenderer<MathBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, MathBlock obj)
    {
        string tex = obj.Lines.ToString();
        // The formula starts on the line after the opening $$, at the block's indentation.
        MathWriter.Write(renderer, context, tex, MathMode.Display, obj.Line + 1, obj.Column + 1, EquationLabels.After(obj));
        renderer.EnsureLine();
    }
}
