namespace CourseKit.Content.Model;

/// <summary>A heading of a chapter document.</summary>
/// <param name="Level">1 for the chapter title, 2 for sections, 3 for subsections, …</param>
/// <param name="Number">"2", "2.1", "2.1.3"; empty for levels deeper than 3, which are not numbered.</param>
/// <param name="Title">The heading's plain text.</param>
/// <param name="Anchor">The HTML id: its label when labelled, otherwise an id made from the title.</param>
/// <param name="Line">1-based line of the heading.</param>
/// <param name="Label">The label attached with <c>:label:</c>, if any.</param>
public sealed record Section(int Level, string Number, string Title, string Anchor, int Line, string? Label);
