using CourseKit.Content.Model;

namespace CourseKit.Site.Rendering;

/// <summary>
/// Where things live in the output. Every page sits one folder deep (<c>en/01-calculus.html</c>,
/// <c>zh/index.html</c>), so a page reaches the shared assets as <c>../assets/</c> and a translation as
/// <c>../zh/…</c> whatever page it is.
/// </summary>
public static class SitePaths
{
    /// <summary>Shared CSS, JavaScript and fonts.</summary>
    public const string Assets = "assets";

    /// <summary>Images next to chapters and figures made by cells.</summary>
    public const string Media = "media";

    /// <summary>A chapter page, relative to the output root.</summary>
    public static string ChapterPage(string language, Chapter chapter) => $"{language}/{chapter.FolderName}.html";

    /// <summary>A language's home page, relative to the output root.</summary>
    public static string HomePage(string language) => $"{language}/index.html";

    /// <summary>The media folder of a chapter, relative to the output root.</summary>
    public static string ChapterMedia(Chapter chapter) => $"{Media}/{chapter.FolderName}";

    /// <summary>The link from a page in <paramref name="fromLanguage"/> to a chapter page in <paramref name="toLanguage"/>.</summary>
    public static string LinkToChapter(string fromLanguage, string toLanguage, Chapter chapter) =>
        fromLanguage == toLanguage ? $"{chapter.FolderName}.html" : $"../{toLanguage}/{chapter.FolderName}.html";
}
