using System.Diagnostics.CodeAnalysis;

namespace CourseKit.Site.Mathematics;

/// <summary>The outcome of rendering one formula: MathML markup, or the error that stopped it.</summary>
public sealed record MathRendering
{
    private MathRendering(string? mathMl, MathError? error)
    {
        MathMl = mathMl;
        Error = error;
    }

    /// <summary>The <c>&lt;math&gt;</c> element, ready to place in HTML; null when rendering failed.</summary>
    public string? MathMl { get; }

    /// <summary>What went wrong; null when rendering succeeded.</summary>
    public MathError? Error { get; }

    /// <summary>True when <see cref="MathMl"/> holds the rendered formula.</summary>
    [MemberNotNullWhen(true, nameof(MathMl))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => MathMl is not null;

    /// <summary>A successful rendering.</summary>
    public static MathRendering Success(string mathMl) => new(mathMl ?? throw new ArgumentNullException(nameof(mathMl)), null);

    /// <summary>A failed rendering.</summary>
    public static MathRendering Failure(MathError error) => new(null, error ?? throw new ArgumentNullException(nameof(error)));
}
