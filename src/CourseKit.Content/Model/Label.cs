namespace CourseKit.Content.Model;

/// <summary>A named, numbered target of cross-references.</summary>
/// <param name="Name">The label as written (<c>sec_derivative</c>).</param>
/// <param name="Kind">Section, figure or equation.</param>
/// <param name="Number">Its number as shown (<c>1.2</c> for a section or figure, <c>1.3</c> for an equation).</param>
/// <param name="Title">The heading text for a section, the image's alt text for a figure, empty for an equation.</param>
/// <param name="Language">The language of the document that defines it.</param>
/// <param name="ChapterSlug">The chapter that defines it, so the site can link across pages.</param>
/// <param name="File">Course-relative path of the defining document.</param>
/// <param name="Line">1-based line of the label.</param>
/// <param name="Column">1-based column of the label.</param>
public sealed record Label(
    string Name,
    LabelKind Kind,
    string Number,
    string Title,
    string Language,
    string ChapterSlug,
    string File,
    int Line,
    int Column)
{
    /// <summary>The HTML id of the target: the label name itself.</summary>
    public string Anchor => Name;
}
