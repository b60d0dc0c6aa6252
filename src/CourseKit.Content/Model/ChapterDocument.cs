using Markdig.Syntax;

namespace CourseKit.Content.Model;

/// <summary>One language's Markdown of a chapter, parsed, numbered and with its references resolved.</summary>
/// <param name="Language">Language code (<c>en</c>, <c>zh</c>).</param>
/// <param name="Path">Course-relative path (<c>content/01-calculus/index.zh.md</c>).</param>
/// <param name="Title">Text of the level-1 heading.</param>
/// <param name="Markdown">The source text.</param>
/// <param name="Syntax">
/// The Markdig tree, with cross-references resolved (<see cref="Markdown.CrossReferences.CrossReferenceInline.Target"/>).
/// Shared by everyone who reads the model: treat it as read-only and re-parse with
/// <see cref="Markdown.CourseMarkdown.Parse"/> to get a tree you may change.
/// </param>
/// <param name="Sections">Headings in order, with numbers and anchors.</param>
/// <param name="Cells">Executable C# cells in order.</param>
/// <param name="References">Cross-references in order, resolved where possible.</param>
/// <param name="Labels">The labels this document defines, in order.</param>
public sealed record ChapterDocument(
    string Language,
    string Path,
    string Title,
    string Markdown,
    MarkdownDocument Syntax,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<CodeCell> Cells,
    IReadOnlyList<CrossReference> References,
    IReadOnlyList<Label> Labels);
