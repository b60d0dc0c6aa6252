using CourseKit.Content.Markdown.CrossReferences;

namespace CourseKit.Content.Model;

/// <summary>A <c>:numref:</c>, <c>:eqref:</c> or <c>:ref:</c> in a document, with the label it resolved to.</summary>
/// <param name="Role">The role as written.</param>
/// <param name="Target">The label name as written.</param>
/// <param name="File">Course-relative path of the document.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Resolved">The label, or null when none matched (and a diagnostic was reported).</param>
public sealed record CrossReference(
    CrossReferenceRole Role,
    string Target,
    string File,
    int Line,
    int Column,
    Label? Resolved);
