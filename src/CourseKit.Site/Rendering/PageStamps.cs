using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CourseKit.Content.Model;
using CourseKit.Site.Pipeline;
using CourseKit.Site.Rendering.Exercises;

namespace CourseKit.Site.Rendering;

/// <summary>
/// Stamps of the inputs of each page, so an incremental build re-renders only the pages an edit touched. A page
/// is made from two things: what every page of its language shows (course.yml, the table of contents with
/// every chapter's numbered sections, the build's switches) and its own sources (its Markdown, its chapter's
/// exercise files, its cells' outputs) with the numbers and titles of the labels those sources name.
/// Editing a paragraph changes only the page's own sources, so only that page is rendered again; renaming a
/// heading changes every page's table of contents, so every page of that language is; renumbering an equation
/// changes its label, so every page that cites it is.
/// </summary>
internal sealed class PageStamps
{
    private readonly BuildContext context;
    private readonly string courseFile;
    private readonly Dictionary<string, string> shared = new(StringComparer.Ordinal);

    public PageStamps(BuildContext context)
    {
        this.context = context;
        courseFile = Read("content/course.yml");
    }

    /// <summary>The stamp of a language's home page: what all its pages share, and the labels course.yml names.</summary>
    public string Home(string language)
    {
        var text = new StringBuilder();
        Line(text, "home", Shared(language));
        NamedLabels(text, language, [courseFile]);
        return Hash(text.ToString());
    }

    /// <summary>The stamp of a chapter page.</summary>
    public string Chapter(Chapter chapter, string language, ChapterDocument document)
    {
        var text = new StringBuilder();
        Line(text, "chapter", Shared(language), chapter.FolderName, document.Path, document.Markdown);
        var sources = new List<string> { document.Markdown };
        foreach (var exercise in chapter.Exercises)
        {
            string yaml = Read(exercise.File);
            sources.Add(yaml);
            Line(text, exercise.File, yaml);
        }
        NamedLabels(text, language, sources);
        for (int i = 0; i < document.Cells.Count; i++)
        {
            var output = context.Cells.Get(document.Path, i);
            Line(text, "cell", output?.Stdout, output?.Value, output?.Svg);
        }
        return Hash(text.ToString());
    }

    private string Shared(string language)
    {
        if (shared.TryGetValue(language, out string? known))
        {
            return known;
        }
        var course = context.Course;
        var text = new StringBuilder();
        Line(text, courseFile, language, string.Join(',', course.Languages));
        Line(text, context.Options.Search.ToString(), context.Options.LiveReload.ToString());
        foreach (var chapter in course.Chapters)
        {
            var document = chapter.Document(language);
            Line(
                text, chapter.FolderName, chapter.Number.ToString(CultureInfo.InvariantCulture), chapter.Title(language),
                document?.Path, chapter.Exercises.Count.ToString(CultureInfo.InvariantCulture),
                document is null ? "" : HtmlExerciseWriter.HasOwnSection(document, language).ToString());
            foreach (var section in document?.Sections ?? [])
            {
                Line(text, section.Level.ToString(CultureInfo.InvariantCulture), section.Number, section.Title, section.Anchor);
            }
        }
        return shared[language] = Hash(text.ToString());
    }

    // The labels a reference in these sources can resolve to: those whose name the sources contain (a reference
    // spells it out, :numref:`name`), in the page's language or else in English, as the renderer looks them up.
    // Only what a reference shows counts, not where the label is written.
    private void NamedLabels(StringBuilder text, string language, IReadOnlyList<string> sources)
    {
        var labels = context.Course.Labels;
        var own = labels.Where(l => l.Language == language).Select(l => l.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var label in labels.Where(l => l.Language == language || l.Language == "en" && !own.Contains(l.Name)))
        {
            if (sources.Any(s => s.Contains(label.Name, StringComparison.Ordinal)))
            {
                Line(text, label.Name, label.Kind.ToString(), label.Number, label.Title, label.Language, label.ChapterSlug);
            }
        }
    }

    private string Read(string relative)
    {
        string path = Path.Combine(context.Options.CourseDirectory, relative.Replace('/', Path.DirectorySeparatorChar));
        return File.Exists(path) ? File.ReadAllText(path) : "";
    }

    // Fields separated by a character Markdown and YAML text do not contain, so no two inputs run together.
    private static void Line(StringBuilder text, params string?[] fields)
    {
        foreach (string? field in fields)
        {
            text.Append(field ?? "\u0001").Append('\0');
        }
        text.Append('\n');
    }

    private static string Hash(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\0', parts))));
}
