using System.Text;
using System.Text.RegularExpressions;
using CourseKit.Content.FileSystem;
using CourseKit.Content.Loading;
using CourseKit.Content.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace CourseKit.Content.Authoring;

/// <summary>
/// Writes new chapters and exercises that pass <c>coursekit check</c> as they are, so an author starts from
/// something valid and edits it. It only computes files; the caller writes them.
/// </summary>
public static partial class CourseScaffolder
{
    /// <summary>A new chapter <c>content/NN-slug/</c> (one index per course language) appended to course.yml's chapters.</summary>
    public static ScaffoldResult NewChapter(ICourseFileSystem files, string slug)
    {
        if (!Slug().IsMatch(slug))
        {
            return ScaffoldResult.Fail($"`{slug}` is not a kebab-case slug (lower-case words joined by hyphens)", usage: true);
        }

        if (CourseLoader.ReadText(files, CourseLoader.CourseFile, new Diagnostics.DiagnosticBag()) is not { } courseText)
        {
            return ScaffoldResult.Fail($"cannot read {CourseLoader.CourseFile}");
        }

        var course = CourseLoader.Load(files).Course;
        if (course.Chapters.Any(c => c.Slug == slug))
        {
            return ScaffoldResult.Fail($"chapter `{slug}` already exists");
        }

        var listed = CountListedChapters(courseText);
        var folder = $"{listed + 1:00}-{slug}";
        if (files.DirectoryExists(CoursePath.Combine("content", folder)))
        {
            return ScaffoldResult.Fail($"folder content/{folder} already exists");
        }

        if (AppendChapter(courseText, folder) is not { } newCourseText)
        {
            return ScaffoldResult.Fail($"cannot find where to add `{folder}` in {CourseLoader.CourseFile}; add it to `chapters` by hand");
        }

        var title = Title(slug);
        var result = new List<ScaffoldFile> { new(CourseLoader.CourseFile, newCourseText, Replaces: true) };
        foreach (var language in course.Languages)
        {
            var name = language == "en" ? "index.md" : $"index.{language}.md";
            result.Add(new ScaffoldFile(CoursePath.Combine("content", folder, name), ChapterText(title, slug, language)));
        }

        return new ScaffoldResult(result, null);
    }

    /// <summary>A new exercise of <paramref name="kind"/> in a chapter (by slug or folder), with sample submissions for graded kinds.</summary>
    public static ScaffoldResult NewExercise(ICourseFileSystem files, string chapter, string id, ExerciseKind kind)
    {
        if (!Slug().IsMatch(id))
        {
            return ScaffoldResult.Fail($"`{id}` is not a kebab-case exercise id (lower-case words joined by hyphens)", usage: true);
        }

        var course = CourseLoader.Load(files).Course;
        if (course.FindChapter(chapter) is not { } target)
        {
            var known = string.Join(", ", course.Chapters.Select(c => c.Slug));
            return ScaffoldResult.Fail($"there is no chapter `{chapter}` (chapters: {(known.Length == 0 ? "none" : known)})");
        }

        var path = CoursePath.Combine(target.Path, "exercises", id + ".yml");
        if (course.FindExercise(id) is { } existing || files.FileExists(path))
        {
            return ScaffoldResult.Fail($"exercise `{id}` already exists");
        }

        var template = ExerciseTemplates.For(kind);
        var result = new List<ScaffoldFile> { new(path, template.Yaml(id, course.Languages)) };
        var grader = CoursePath.Combine("graders", target.FolderName, id);
        foreach (var (name, text) in template.Samples)
        {
            result.Add(new ScaffoldFile(CoursePath.Combine(grader, name), text));
        }

        return new ScaffoldResult(result, null);
    }

    private static int CountListedChapters(string courseText)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(courseText));
            return stream.Documents.Count > 0
                && stream.Documents[0].RootNode is YamlMappingNode root
                && root.Children.TryGetValue(new YamlScalarNode("chapters"), out var chapters)
                && chapters is YamlSequenceNode list
                ? list.Children.Count
                : 0;
        }
        catch (YamlException)
        {
            return 0;
        }
    }

    /// <summary>Adds <paramref name="folder"/> to the <c>chapters</c> list, keeping the file's own layout and comments.</summary>
    internal static string? AppendChapter(string courseText, string folder)
    {
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(courseText));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                return null;
            }

            root = map;
        }
        catch (YamlException)
        {
            return null;
        }

        if (!root.Children.TryGetValue(new YamlScalarNode("chapters"), out var node))
        {
            var separator = courseText.EndsWith('\n') ? string.Empty : "\n";
            return $"{courseText}{separator}chapters:\n  - {folder}\n";
        }

        if (node is not YamlSequenceNode list)
        {
            return null;
        }

        if (list.Style == SequenceStyle.Flow)
        {
            var close = MatchingBracket(courseText, (int)list.Start.Index);
            if (close < 0)
            {
                return null;
            }

            var insert = list.Children.Count == 0 ? folder : $", {folder}";
            return courseText.Insert(close, insert);
        }

        if (list.Children.Count == 0)
        {
            return null;
        }

        var last = list.Children[^1];
        var indent = new string(' ', Math.Max(0, (int)last.Start.Column - 3));
        var at = (int)last.End.Index;
        return at > courseText.Length ? null : courseText.Insert(at, $"\n{indent}- {folder}");
    }

    /// <summary>
    /// The index of the <c>]</c> closing the flow sequence that opens at <paramref name="open"/>, or -1.
    /// YamlDotNet does not record where a sequence ends, so the text is scanned, skipping quoted strings.
    /// </summary>
    private static int MatchingBracket(string text, int open)
    {
        if (open < 0 || open >= text.Length || text[open] != '[')
        {
            return -1;
        }

        var depth = 0;
        char? quote = null;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '[':
                    depth++;
                    break;
                case ']':
                    depth--;
                    if (depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return -1;
    }

    private static string Title(string slug) =>
        string.Join(' ', slug.Split('-').Select((w, i) => i == 0 && w.Length > 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w));

    private static string ChapterText(string title, string slug, string language)
    {
        var label = "sec_" + slug.Replace('-', '_');
        var text = new StringBuilder();
        if (language == "zh")
        {
            text.Append("# ").Append(title).Append('\n')
                .Append(":label:`").Append(label).Append("`\n\n")
                .Append("在这里写本章的正文。可以用 $x^2$ 这样的公式，并用 :numref:`").Append(label).Append("` 引用本章。\n\n")
                .Append("```csharp run\nvar x = 3.0;\nx * x\n```\n");
        }
        else
        {
            text.Append("# ").Append(title).Append('\n')
                .Append(":label:`").Append(label).Append("`\n\n")
                .Append("Write the chapter here. Use math such as $x^2$ and refer to this chapter with :numref:`").Append(label).Append("`.\n\n")
                .Append("```csharp run\nvar x = 3.0;\nx * x\n```\n");
        }

        return text.ToString();
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
