namespace CourseKit.Site.Mathematics;

/// <summary>Whether a formula sits in a line of text (<c>$…$</c>) or stands as its own block (<c>$$…$$</c>).</summary>
public enum MathMode
{
    /// <summary>Text style, inside a paragraph.</summary>
    Inline,

    /// <summary>Display style, centred on its own line.</summary>
    Display,
}
