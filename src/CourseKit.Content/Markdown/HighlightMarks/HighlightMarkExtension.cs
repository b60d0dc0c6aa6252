using Markdig;
using Markdig.Renderers;

namespace CourseKit.Content.Markdown.HighlightMarks;

/// <summary>Accepts the book's highlight marks <c>(**…**)</c> and <c>[**…**]</c>: text kept, marks dropped.</summary>
public sealed class HighlightMarkExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<HighlightMarkInlineParser>())
        {
            // First, so that it sees "[**" before links and "**)" before emphasis.
            pipeline.InlineParsers.Insert(0, new HighlightMarkInlineParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        // An HTML renderer with no renderer for HighlightMark writes nothing for it, which is what "marks dropped" means.
    }
}
