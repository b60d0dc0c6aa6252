using CourseKit.Content.Markdown.HighlightMarks;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace CourseKit.Site.Rendering.HighlightMarks;

/// <summary>The book's <c>(**…**)</c> marks: the text between them is kept, the marks themselves write nothing.</summary>
public sealed class HtmlHighlightMarkRenderer : HtmlObjectRenderer<HighlightMark>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, HighlightMark obj)
    {
        // Dropping the marks is the point: the book used them for its own editing, not for readers.
    }
}
