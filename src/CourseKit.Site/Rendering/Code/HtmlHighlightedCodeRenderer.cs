using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace CourseKit.Site.Rendering.Code;

/// <summary>Fenced and indented code, highlighted at build time by the fence's language (plain when unknown).</summary>
public sealed class HtmlHighlightedCodeRenderer(DocumentRenderContext context) : HtmlObjectRenderer<CodeBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, CodeBlock obj)
    {
        string? language = (obj as FencedCodeBlock)?.Info;
        WriteBlock(renderer, context, obj.Lines.ToString(), language, cssClass: null);
    }

    /// <summary>Writes <c>&lt;pre class="hl"&gt;&lt;code&gt;</c> with the highlighted code.</summary>
    public static void WriteBlock(HtmlRenderer renderer, DocumentRenderContext context, string code, string? language, string? cssClass, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(context);
        var highlighted = context.Highlighter.Highlight(code, language);
        renderer.Write("<pre class=\"hl");
        if (cssClass is not null)
        {
            renderer.Write(' ').Write(cssClass);
        }
        renderer.Write('"');
        if (id is not null)
        {
            renderer.Write(" id=\"").WriteEscape(id).Write('"');
        }
        renderer.Write("><code");
        if (highlighted.Language is { } name)
        {
            renderer.Write(" class=\"language-").WriteEscape(name).Write('"');
        }
        renderer.Write('>').Write(highlighted.Html).Write("</code></pre>");
        renderer.EnsureLine();
    }
}
