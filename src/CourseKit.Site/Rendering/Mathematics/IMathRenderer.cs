using CourseKit.Site.Mathematics;

namespace CourseKit.Site.Rendering.Mathematics;

/// <summary>Turns one formula into MathML (or an error): what the math renderers need, cached or not.</summary>
public interface IMathRenderer
{
    /// <summary>Renders <paramref name="tex"/> (without delimiters) in <paramref name="mode"/>.</summary>
    MathRendering Render(string tex, MathMode mode);
}
