using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace CourseKit.Content.Markdown.ExecutableCells;

/// <summary>Turns ```` ```csharp run ```` blocks into <see cref="ExecutableCell"/> nodes once a document is parsed.</summary>
public sealed class ExecutableCellExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Replace;
        pipeline.DocumentProcessed += Replace;
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        // ExecutableCell derives from FencedCodeBlock, so the code-block renderer already shows it.
    }

    private static void Replace(MarkdownDocument document)
    {
        List<FencedCodeBlock>? cells = null;
        foreach (var block in document.Descendants<FencedCodeBlock>())
        {
            if (block is not ExecutableCell && ExecutableCell.IsExecutable(block))
            {
                (cells ??= []).Add(block);
            }
        }

        if (cells is null)
        {
            return;
        }

        foreach (var fenced in cells)
        {
            if (fenced.Parent is { } parent)
            {
                var index = parent.IndexOf(fenced);
                parent.RemoveAt(index);
                parent.Insert(index, new ExecutableCell(fenced));
            }
        }
    }
}
