using System.Globalization;
using CourseKit.Content.Markdown.ExecutableCells;
using CourseKit.Site.Rendering.Code;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace CourseKit.Site.Rendering.ExecutableCells;

/// <summary>
/// A <c>```csharp run</c> cell: its highlighted code, then what running it at build time printed, its final
/// value and its figure, as a notebook shows them.
/// </summary>
public sealed class HtmlExecutableCellRenderer(DocumentRenderContext context) : HtmlObjectRenderer<ExecutableCell>
{
    private int index;

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, ExecutableCell obj)
    {
        int cell = index++;
        renderer.Write("<div class=\"cell\" id=\"cell-").Write(cell.ToString(CultureInfo.InvariantCulture)).Write("\">");
        renderer.EnsureLine();
        HtmlHighlightedCodeRenderer.WriteBlock(renderer, context, obj.Lines.ToString(), "csharp", "cell-code");
        var output = context.CellOutput?.Invoke(cell);
        if (output is not null && !output.IsEmpty)
        {
            renderer.Write("<div class=\"cell-output\">");
            if (output.Stdout.Length > 0)
            {
                renderer.Write("<pre class=\"cell-stdout\">").WriteEscape(output.Stdout.TrimEnd('\n', '\r')).Write("</pre>");
            }
            if (output.Value is not null)
            {
                renderer.Write("<pre class=\"cell-value\">").WriteEscape(output.Value).Write("</pre>");
            }
            if (output.Svg is not null)
            {
                renderer.Write("<figure class=\"cell-figure\">");
                if (context.WriteCellFigure is { } write)
                {
                    renderer.Write("<img src=\"").WriteEscape(write(cell, output.Svg)).Write("\" alt=\"")
                        .WriteEscape(Words.Get(context.Language, "output")).Write("\">");
                }
                else
                {
                    renderer.Write(output.Svg);
                }
                renderer.Write("</figure>");
            }
            renderer.Write("</div>");
        }
        renderer.Write("</div>");
        renderer.EnsureLine();
    }
}
