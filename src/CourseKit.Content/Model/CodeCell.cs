namespace CourseKit.Content.Model;

/// <summary>An executable cell (a ```` ```csharp run ```` block); the site runs a chapter's cells in order, like a notebook.</summary>
/// <param name="Index">0-based position among the document's cells.</param>
/// <param name="Code">The cell's source.</param>
/// <param name="File">Course-relative path of the document.</param>
/// <param name="Line">1-based line of the opening fence.</param>
/// <param name="FirstCodeLine">1-based line of the first line of code, for mapping compiler errors.</param>
public sealed record CodeCell(int Index, string Code, string File, int Line, int FirstCodeLine);
