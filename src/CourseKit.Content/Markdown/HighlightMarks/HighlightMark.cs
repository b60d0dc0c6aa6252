using Markdig.Syntax.Inlines;

namespace CourseKit.Content.Markdown.HighlightMarks;

/// <summary>
/// One side of d2l's <c>(**…**)</c> or <c>[**…**]</c> highlight: the marks are dropped, the text between them stays
/// as ordinary inlines. Renderers may emit nothing for it (or a span, to show what the book highlighted).
/// </summary>
public sealed class HighlightMark : LeafInline
{
    /// <summary>True for the opening <c>(**</c> / <c>[**</c>, false for the closing <c>**)</c> / <c>**]</c>.</summary>
    public bool IsOpening { get; init; }

    /// <summary>The bracket used: <c>(</c> or <c>[</c>.</summary>
    public char Bracket { get; init; }
}
