using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Parsers;
using Markdig.Renderers;

namespace CourseKit.Content.Markdown.Admonitions;

/// <summary>
/// Admonitions are written as Markdig custom containers, <c>:::note</c> … <c>:::</c>; this extension registers
/// their block parser. The loader checks the kind against <see cref="Admonition.Kinds"/>.
/// </summary>
public sealed class AdmonitionExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<CustomContainerParser>())
        {
            // Before fenced code, which would otherwise not see ":::" but must keep "```" (same as Markdig's own setup).
            pipeline.BlockParsers.InsertBefore<FencedCodeBlockParser>(new CustomContainerParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        // A plain <div class="note"> for tests and previews; the site replaces it with its own renderer.
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlCustomContainerRenderer>())
        {
            html.ObjectRenderers.InsertBefore<Markdig.Renderers.Html.CodeBlockRenderer>(new HtmlCustomContainerRenderer());
        }
    }
}
