namespace CourseKit.Content.Model;

/// <summary>A chapter: a folder <c>content/NN-slug/</c> with one Markdown document per language and its exercises.</summary>
/// <param name="Slug">The folder name without its number (<c>calculus</c>).</param>
/// <param name="Number">1-based position in course.yml; section numbers start with it.</param>
/// <param name="FolderName">The folder name (<c>01-calculus</c>), also the chapter's folder under graders/.</param>
/// <param name="Path">Course-relative folder path (<c>content/01-calculus</c>).</param>
/// <param name="Documents">One document per language that exists, English first.</param>
/// <param name="Exercises">Exercises sorted by file name.</param>
public sealed record Chapter(
    string Slug,
    int Number,
    string FolderName,
    string Path,
    IReadOnlyList<ChapterDocument> Documents,
    IReadOnlyList<Exercise> Exercises)
{
    /// <summary>The document in <paramref name="language"/>, else the English one, else null.</summary>
    public ChapterDocument? Document(string language) =>
        Documents.FirstOrDefault(d => d.Language == language) ?? Documents.FirstOrDefault(d => d.Language == "en");

    /// <summary>The chapter title in <paramref name="language"/> (its document's level-1 heading).</summary>
    public string Title(string language) => Document(language)?.Title ?? Slug;
}
