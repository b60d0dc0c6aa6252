using CourseKit.Content.Diagnostics;
using CourseKit.Content.Markdown.CrossReferences;
using CourseKit.Content.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace CourseKit.Site.Rendering.CrossReferences;

/// <summary>
/// Writes d2l references as links: <c>:numref:</c> as "Section 1.2" or "Fig. 1.3", <c>:eqref:</c> as "(1.4)",
/// <c>:ref:</c> as the section's title. Label definitions write nothing; their targets carry the id.
/// </summary>
public sealed class HtmlCrossReferenceRenderer(DocumentRenderContext context) : HtmlObjectRenderer<CrossReferenceInline>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, CrossReferenceInline obj)
    {
        if (obj.IsDefinition || obj.Role == CrossReferenceRole.Unknown)
        {
            return;
        }
        var label = obj.Target ?? context.FindLabel(obj.Name);
        if (label is null)
        {
            context.Report(new Diagnostic(
                SiteDiagnosticCodes.UnresolvedReference, DiagnosticSeverity.Error, context.SourceFile,
                context.SourceLine(obj.Line), obj.Column + 1, $"`:{obj.RoleName}:` to unknown label `{obj.Name}`"));
            renderer.Write("<span class=\"xref xref-missing\">??</span>");
            return;
        }
        string text = Text(obj.Role, label, context.Language);
        renderer.Write("<a class=\"xref\" href=\"").WriteEscape(context.UrlOf(label)).Write("\">");
        renderer.WriteEscape(text);
        renderer.Write("</a>");
    }

    /// <summary>The text a reference shows for <paramref name="label"/> in <paramref name="language"/>.</summary>
    public static string Text(CrossReferenceRole role, Label label, string language)
    {
        ArgumentNullException.ThrowIfNull(label);
        return role switch
        {
            CrossReferenceRole.Ref when label.Title.Length > 0 => label.Title,
            CrossReferenceRole.EqRef => $"({label.Number})",
            _ => label.Kind switch
            {
                LabelKind.Section => Words.Get(language, "section", label.Number),
                LabelKind.Figure => Words.Get(language, "figure", label.Number),
                _ => $"({label.Number})",
            },
        };
    }
}
