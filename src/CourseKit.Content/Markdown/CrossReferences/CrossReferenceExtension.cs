using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace CourseKit.Content.Markdown.CrossReferences;

/// <summary>Adds d2l's <c>:label:</c>, <c>:eqlabel:</c>, <c>:numref:</c>, <c>:eqref:</c> and <c>:ref:</c> roles.</summary>
public sealed class CrossReferenceExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CrossReferenceInlineParser>())
        {
            // Ahead of the code-span parser, which would otherwise take the backticks of `:numref:`x``.
            var parser = new CrossReferenceInlineParser();
            if (!pipeline.InlineParsers.InsertBefore<CodeInlineParser>(parser))
            {
                pipeline.InlineParsers.Add(parser);
            }
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        // Rendering is the site's job (CourseKit.Site); parsing stays here.
    }
}
