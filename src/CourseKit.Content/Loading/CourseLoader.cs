using System.Text.RegularExpressions;
using CourseKit.Content.Diagnostics;
using CourseKit.Content.FileSystem;
using CourseKit.Content.Model;
using CourseKit.Content.Yaml;

namespace CourseKit.Content.Loading;

/// <summary>
/// Loads a course (<c>content/</c> and <c>graders/</c>) into one <see cref="Course"/> and its diagnostics.
/// It never throws on bad content: unreadable files, broken YAML or Markdown all become diagnostics.
/// </summary>
public static partial class CourseLoader
{
    /// <summary>Course-relative path of the course file.</summary>
    public const string CourseFile = "content/course.yml";

    /// <summary>Loads the course rooted at <paramref name="root"/> on disk.</summary>
    public static LoadedCourse Load(string root) => Load(new PhysicalCourseFileSystem(root));

    /// <summary>Loads the course held by <paramref name="files"/>.</summary>
    public static LoadedCourse Load(ICourseFileSystem files)
    {
        var diagnostics = new DiagnosticBag();
        var labels = new LabelRegistry(diagnostics);

        CourseHeader header;
        if (ReadText(files, CourseFile, diagnostics) is { } courseText)
        {
            header = CourseFileReader.Read(new YamlFile(CourseFile, diagnostics), courseText);
        }
        else
        {
            if (!Exists(files, CourseFile))
            {
                diagnostics.Error(
                    DiagnosticCodes.CourseFileMissing, CourseFile, 0, 0, "there is no content/course.yml",
                    "run `coursekit check` in a course folder, or create content/course.yml");
            }

            header = new CourseHeader(LocalizedText.Empty, LocalizedText.Empty, ["en"], [], GradingDefaults.BuiltIn);
        }

        var chapters = new List<Chapter>();
        var exerciseIds = new Dictionary<string, (string File, int Line, int Column)>(StringComparer.Ordinal);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (folder, node) in header.Chapters)
        {
            listed.Add(folder);
            var chapterPath = CoursePath.Combine("content", folder);
            var match = ChapterFolder().Match(folder);
            if (!match.Success)
            {
                diagnostics.Error(
                    DiagnosticCodes.BadChapterFolder, CourseFile, YamlFile.Line(node), YamlFile.Column(node),
                    $"chapter folder `{folder}` is not named `NN-slug`", "use two digits, a hyphen and a kebab-case slug, e.g. `01-calculus`");
                continue;
            }

            if (!SafeDirectoryExists(files, chapterPath))
            {
                diagnostics.Error(
                    DiagnosticCodes.ChapterFolderMissing, CourseFile, YamlFile.Line(node), YamlFile.Column(node),
                    $"chapter `{folder}` has no folder `{chapterPath}`", $"create it with `coursekit new chapter {match.Groups[2].Value}`");
                continue;
            }

            var number = chapters.Count + 1;
            if (int.TryParse(match.Groups[1].Value, out var written) && written != number)
            {
                diagnostics.Warning(
                    DiagnosticCodes.ChapterNumberMismatch, CourseFile, YamlFile.Line(node), YamlFile.Column(node),
                    $"chapter folder `{folder}` is numbered {written} but is chapter {number} in this list",
                    $"rename it to `{number:00}-{match.Groups[2].Value}` or reorder `chapters`");
            }

            chapters.Add(ChapterReader.Read(files, chapterPath, folder, match.Groups[2].Value, number, header, labels, diagnostics, exerciseIds));
        }

        foreach (var directory in SafeDirectories(files, "content"))
        {
            var name = CoursePath.FileName(directory);
            if (!listed.Contains(name) && ChapterFolder().IsMatch(name))
            {
                diagnostics.Warning(
                    DiagnosticCodes.ChapterNotListed, directory, 0, 0, $"chapter folder `{name}` is not listed in course.yml",
                    $"add `{name}` to `chapters` in {CourseFile}");
            }
        }

        CheckGraderFolders(files, chapters, diagnostics);

        var references = labels.Resolve();
        var labelsByFile = labels.All.GroupBy(l => l.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        for (var c = 0; c < chapters.Count; c++)
        {
            var chapter = chapters[c];
            var documents = chapter.Documents
                .Select(d => d with
                {
                    References = references.TryGetValue(d.Path, out var list) ? list.ToArray() : [],
                    Labels = labelsByFile.TryGetValue(d.Path, out var defined) ? defined : [],
                })
                .ToArray();
            chapters[c] = chapter with { Documents = documents };
        }

        var course = new Course(header.Title, header.Description, header.Languages, chapters.ToArray(), header.Grading, labels.All.ToArray())
        {
            Site = header.Site,
        };
        return new LoadedCourse(course, diagnostics.Items.ToArray());
    }

    /// <summary>Reads a file as UTF-8 text, or reports why it cannot (null then).</summary>
    internal static string? ReadText(ICourseFileSystem files, string path, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            if (!files.FileExists(path))
            {
                return null;
            }

            bytes = files.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, path, 0, 0, $"cannot read the file: {e.Message}");
            return null;
        }

        return TextDecoder.Decode(bytes, path, diagnostics);
    }

    internal static IReadOnlyList<string> SafeFiles(ICourseFileSystem files, string path)
    {
        try
        {
            return files.GetFiles(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    internal static IReadOnlyList<string> SafeDirectories(ICourseFileSystem files, string path)
    {
        try
        {
            return files.GetDirectories(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    internal static bool SafeDirectoryExists(ICourseFileSystem files, string path)
    {
        try
        {
            return files.DirectoryExists(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool Exists(ICourseFileSystem files, string path)
    {
        try
        {
            return files.FileExists(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void CheckGraderFolders(ICourseFileSystem files, List<Chapter> chapters, DiagnosticBag diagnostics)
    {
        var byFolder = chapters.ToDictionary(c => c.FolderName, StringComparer.Ordinal);
        foreach (var chapterDirectory in SafeDirectories(files, "graders"))
        {
            var name = CoursePath.FileName(chapterDirectory);
            if (!byFolder.TryGetValue(name, out var chapter))
            {
                var close = Suggestions.Closest(name, byFolder.Keys);
                diagnostics.Warning(
                    DiagnosticCodes.OrphanGraderFolder, chapterDirectory, 0, 0, $"`{chapterDirectory}` matches no chapter folder",
                    close is null ? "grader folders are named after chapter folders, e.g. `graders/01-calculus/`" : $"did you mean `graders/{close}/`?");
                continue;
            }

            var ids = chapter.Exercises.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var exerciseDirectory in SafeDirectories(files, chapterDirectory))
            {
                var id = CoursePath.FileName(exerciseDirectory);
                if (!ids.Contains(id))
                {
                    var close = Suggestions.Closest(id, ids);
                    diagnostics.Warning(
                        DiagnosticCodes.OrphanGraderFolder, exerciseDirectory, 0, 0, $"`{exerciseDirectory}` matches no exercise of chapter `{name}`",
                        close is null ? "name it after the exercise id" : $"did you mean `{close}`?");
                }
            }
        }
    }

    [GeneratedRegex("^([0-9]{2,3})-([a-z0-9]+(?:-[a-z0-9]+)*)$")]
    private static partial Regex ChapterFolder();
}
