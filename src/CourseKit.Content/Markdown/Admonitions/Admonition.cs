using Markdig.Extensions.CustomContainers;

namespace CourseKit.Content.Markdown.Admonitions;

/// <summary>The admonition kinds the site styles, and how to read one from a custom container.</summary>
public static class Admonition
{
    /// <summary>Known kinds, as written after <c>:::</c>.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["note", "tip", "warning", "important", "caution", "exercise"];

    /// <summary>The kind of a container (<c>note</c> for <c>:::note Some title</c>), or null when it has none.</summary>
    public static string? KindOf(CustomContainer container) =>
        string.IsNullOrWhiteSpace(container.Info) ? null : container.Info;

    /// <summary>The optional title after the kind (<c>Some title</c>), or null.</summary>
    public static string? TitleOf(CustomContainer container) =>
        string.IsNullOrWhiteSpace(container.Arguments) ? null : container.Arguments;
}
