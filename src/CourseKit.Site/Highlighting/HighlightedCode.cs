namespace CourseKit.Site.Highlighting;

/// <summary>Code ready for a <c>&lt;code&gt;</c> element: escaped text with token spans, and the grammar that made them.</summary>
/// <param name="Html">The escaped code with <c>&lt;span class="hl-…"&gt;</c> around tokens; lines end with <c>\n</c> as in the source.</param>
/// <param name="Language">The grammar's language id (e.g. <c>csharp</c>), or null when the fence's language is unknown and the code is plain text.</param>
public sealed record HighlightedCode(string Html, string? Language)
{
    /// <summary>True when a grammar tokenised the code; false for plain, escaped text.</summary>
    public bool IsHighlighted => Language is not null;
}
