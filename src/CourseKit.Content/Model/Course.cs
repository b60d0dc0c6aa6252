namespace CourseKit.Content.Model;

/// <summary>A whole course as loaded from <c>content/</c> and <c>graders/</c>: what the site renders and the grader judges.</summary>
/// <param name="Title">The course title per language.</param>
/// <param name="Description">A short description per language.</param>
/// <param name="Languages">Language codes, English first.</param>
/// <param name="Chapters">Chapters in the order course.yml lists them.</param>
/// <param name="Grading">Defaults each exercise inherits.</param>
/// <param name="Labels">Every label of every language, in document order.</param>
public sealed record Course(
    LocalizedText Title,
    LocalizedText Description,
    IReadOnlyList<string> Languages,
    IReadOnlyList<Chapter> Chapters,
    GradingDefaults Grading,
    IReadOnlyList<Label> Labels)
{
    /// <summary>Settings of the site build (course.yml's <c>site</c> section), such as the time limit per cell.</summary>
    public SiteSettings Site { get; init; } = SiteSettings.BuiltIn;

    /// <summary>Every exercise of every chapter, in chapter order.</summary>
    public IEnumerable<Exercise> Exercises => Chapters.SelectMany(c => c.Exercises);

    /// <summary>The exercise with this id, or null.</summary>
    public Exercise? FindExercise(string id) => Exercises.FirstOrDefault(e => e.Id == id);

    /// <summary>The chapter with this slug or folder name (<c>calculus</c> or <c>01-calculus</c>), or null.</summary>
    public Chapter? FindChapter(string slugOrFolder) =>
        Chapters.FirstOrDefault(c => c.Slug == slugOrFolder || c.FolderName == slugOrFolder);
}
