using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace CourseKit.Content.Markdown.ExecutableCells;

/// <summary>
/// A fenced block written ```` ```csharp run ````: C# the site runs at build time. It is a
/// <see cref="FencedCodeBlock"/>, so a plain renderer still shows it as code.
/// </summary>
public sealed class ExecutableCell : FencedCodeBlock
{
    /// <summary>Copies a parsed fenced block, keeping its lines and source position.</summary>
    public ExecutableCell(FencedCodeBlock fenced)
        : base(fenced.Parser!)
    {
        Info = fenced.Info;
        Arguments = fenced.Arguments;
        FencedChar = fenced.FencedChar;
        OpeningFencedCharCount = fenced.OpeningFencedCharCount;
        ClosingFencedCharCount = fenced.ClosingFencedCharCount;
        IndentCount = fenced.IndentCount;
        Lines = fenced.Lines;
        Span = fenced.Span;
        Line = fenced.Line;
        Column = fenced.Column;
        IsOpen = false;

        // The fenced parser stores the language class (language-csharp) as an attribute; keep it.
        if (fenced.TryGetAttributes() is { } attributes)
        {
            this.SetAttributes(attributes);
        }
    }

    /// <summary>True when a fenced block asks to run (<c>run</c> among its arguments), whatever its language.</summary>
    public static bool AsksToRun(FencedCodeBlock block) =>
        block.Arguments is { } arguments
        && arguments.Split(' ', '\t').Any(a => a == "run");

    /// <summary>True when a fenced block is a C# cell that runs.</summary>
    public static bool IsExecutable(FencedCodeBlock block) =>
        block.Info is "csharp" or "cs" or "c#" && AsksToRun(block);
}
