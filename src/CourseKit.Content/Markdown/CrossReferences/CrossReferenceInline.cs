using CourseKit.Content.Model;
using Markdig.Syntax.Inlines;

namespace CourseKit.Content.Markdown.CrossReferences;

/// <summary>A <c>:role:`name`</c> in the text: a label definition or a reference, resolved by the loader.</summary>
public sealed class CrossReferenceInline : LeafInline
{
    /// <summary>The role.</summary>
    public CrossReferenceRole Role { get; init; }

    /// <summary>The role name as written (useful when <see cref="Role"/> is <see cref="CrossReferenceRole.Unknown"/>).</summary>
    public string RoleName { get; init; } = string.Empty;

    /// <summary>The label name between the backticks.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>
    /// For references, the label the loader resolved it to (null when unresolved); for definitions, the label
    /// defined here. Set while loading, before the model is handed out.
    /// </summary>
    public Label? Target { get; internal set; }

    /// <summary>True for <c>:label:</c> and <c>:eqlabel:</c>.</summary>
    public bool IsDefinition => Role is CrossReferenceRole.Label or CrossReferenceRole.EqLabel;
}
