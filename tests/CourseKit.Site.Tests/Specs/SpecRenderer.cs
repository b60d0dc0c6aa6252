using System.Text.RegularExpressions;
using CourseKit.Content.FileSystem;
using CourseKit.Content.Loading;
using CourseKit.Content.Model;
using CourseKit.Site.Cells;
using CourseKit.Site.Highlighting;
using CourseKit.Site.Mathematics;
using CourseKit.Site.Rendering;
using CourseKit.Site.Rendering.Exercises;
using CourseKit.Site.Rendering.Mathematics;

namespace CourseKit.Site.Tests.Specs;

/// <summary>
/// Renders a spec example the way the site renders a chapter: the input becomes a chapter of a one-chapter
/// course (after a title, which is left out of the result), loaded, its cells run, and rendered.
/// </summary>
public static partial class SpecRenderer
{
    private static readonly CodeHighlighter Highlighter = new();
    private static readonly CellRunner Cells = new();

    private static MathCache Math(SiteAssets site) =>
        new(() => site.Tex, TemmlAssets.Locate(site.SiteDirectory).Script, directory: null);

    public static string RenderChapter(SiteAssets site, string markdown)
    {
        var (course, chapter) = Load("# Spec\n\n" + markdown, exercise: null);
        var document = chapter.Documents[0];
        var outputs = new List<CellOutput>();
        var session = Cells.StartSession();
        foreach (var cell in document.Cells)
        {
            outputs.Add(session.Run(cell.Code, out var failure) ?? throw new InvalidOperationException(failure!.Message));
        }
        var context = new DocumentRenderContext(course, chapter, "en", document.Path, Math(site), Highlighter, d => throw new InvalidOperationException(d.ToString()))
        {
            CellOutput = i => outputs[i],
        };
        string html = CourseHtml.Render(document.Syntax, context);
        return FirstHeading().Replace(html, "", 1);
    }

    public static string RenderExercise(SiteAssets site, string yaml)
    {
        var (course, chapter) = Load("# Spec\n", yaml);
        var context = new DocumentRenderContext(course, chapter, "en", chapter.Documents[0].Path, Math(site), Highlighter, d => throw new InvalidOperationException(d.ToString()));
        return HtmlExerciseWriter.Render(chapter.Exercises, context);
    }

    private static (Course Course, Chapter Chapter) Load(string markdown, string? exercise)
    {
        var files = new InMemoryCourseFileSystem()
            .Add("content/course.yml", "title: {en: Spec}\ndescription: {en: Rendering specs}\nlanguages: [en]\nchapters: [01-spec]\n")
            .Add("content/01-spec/index.md", markdown);
        if (exercise is not null)
        {
            string id = ExerciseId().Match(exercise).Groups[1].Value;
            files.Add($"content/01-spec/exercises/{id}.yml", exercise);
        }
        var loaded = CourseLoader.Load(files);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        return (loaded.Course, loaded.Course.Chapters[0]);
    }

    [GeneratedRegex("^<h1[^>]*>.*</h1>\n")]
    private static partial Regex FirstHeading();

    [GeneratedRegex(@"^id:\s*(\S+)", RegexOptions.Multiline)]
    private static partial Regex ExerciseId();
}
