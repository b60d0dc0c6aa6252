using CourseKit.Content.Diagnostics;
using CourseKit.Content.Markdown.CrossReferences;
using CourseKit.Site.Mathematics;
using Markdig.Renderers;

namespace CourseKit.Site.Rendering.Mathematics;

/// <summary>Renders one formula through Temml and writes it, numbered when labelled; a parse error becomes a diagnostic.</summary>
internal static class MathWriter
{
    public static void Write(
        HtmlRenderer renderer, DocumentRenderContext context, string tex, MathMode mode, int markdigLine, int column, CrossReferenceInline? label, bool inParagraph = false)
    {
        var rendering = context.Tex.Render(tex, mode);
        if (!rendering.Succeeded)
        {
            int line = context.SourceLine(markdigLine);
            var (errorLine, errorColumn) = line == 0 ? (0, 0) : rendering.Error.InDocument(line, column);
            context.Report(new Diagnostic(
                SiteDiagnosticCodes.MathError, DiagnosticSeverity.Error, context.SourceFile, errorLine, errorColumn,
                $"the formula does not parse: {rendering.Error.Message}", "check the TeX near this position"));
            renderer.Write("<code class=\"math-error\">").WriteEscape(tex).Write("</code>");
            return;
        }
        if (mode == MathMode.Inline)
        {
            renderer.Write(rendering.MathMl);
            return;
        }
        // Display math written inside a paragraph cannot open a <div> there; a block-styled span reads the same.
        string element = inParagraph ? "span" : "div";
        var target = label?.Target ?? (label is null ? null : context.FindLabel(label.Name));
        if (target is null)
        {
            renderer.Write($"<{element} class=\"equation\">").Write(rendering.MathMl).Write($"</{element}>");
            return;
        }
        renderer.Write($"<{element} class=\"equation\" id=\"").WriteEscape(target.Anchor).Write("\">");
        renderer.Write(rendering.MathMl);
        renderer.Write("<span class=\"eqno\">(").WriteEscape(target.Number).Write($")</span></{element}>");
    }
}
