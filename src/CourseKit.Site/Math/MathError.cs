namespace CourseKit.Site.Mathematics;

/// <summary>
/// Why a formula could not be rendered, and where: an offset into the formula's TeX so the site can report
/// the chapter's file, line and column rather than fail the build with an exception.
/// </summary>
/// <param name="Message">Temml's message, without its copy of the formula.</param>
/// <param name="Offset">0-based UTF-16 offset into the TeX where the problem was found; null when Temml gave none.</param>
/// <param name="Line">1-based line within the TeX (display formulas can span lines); 1 when the offset is unknown.</param>
/// <param name="Column">1-based column within that line; 1 when the offset is unknown.</param>
public sealed record MathError(string Message, int? Offset, int Line, int Column)
{
    /// <summary>Builds an error at <paramref name="offset"/> of <paramref name="tex"/>, working out its line and column.</summary>
    public static MathError At(string message, string tex, int? offset)
    {
        ArgumentNullException.ThrowIfNull(tex);
        if (offset is not int at || at < 0 || at > tex.Length)
        {
            return new MathError(message, null, 1, 1);
        }
        int line = 1, lineStart = 0;
        for (int i = 0; i < at; i++)
        {
            if (tex[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return new MathError(message, at, line, at - lineStart + 1);
    }

    /// <summary>
    /// The error's line and column in the document, given where the formula's first character is there
    /// (both 1-based): on the formula's first line columns add up, on later lines they are the formula's own.
    /// </summary>
    public (int Line, int Column) InDocument(int formulaLine, int formulaColumn) =>
        Line == 1 ? (formulaLine, formulaColumn + Column - 1) : (formulaLine + Line - 1, Column);
}
