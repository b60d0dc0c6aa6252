using CourseKit.Content.Model;
using YamlDotNet.RepresentationModel;

namespace CourseKit.Content.Loading;

/// <summary>What course.yml says, before chapters are read.</summary>
internal sealed record CourseHeader(
    LocalizedText Title,
    LocalizedText Description,
    IReadOnlyList<string> Languages,
    IReadOnlyList<(string Folder, YamlNode Node)> Chapters,
    GradingDefaults Grading)
{
    /// <summary>The <c>site</c> section's settings.</summary>
    public SiteSettings Site { get; init; } = SiteSettings.BuiltIn;
}
