using System.Text.RegularExpressions;

namespace CourseKit.Grading.Batch;

/// <summary>
/// Reads a submissions folder laid out as docs/GRADING.md describes: <c>&lt;student&gt;.csx</c> files at the top, or
/// <c>&lt;student&gt;/&lt;exercise-id&gt;.csx</c> folders, the exercise named by <c>--exercise</c>, the file name or a
/// first line <c>// exercise: &lt;id&gt;</c>.
/// </summary>
public static partial class SubmissionFinder
{
    /// <summary>The extension of a submission.</summary>
    public const string Extension = ".csx";

    /// <summary>Finds the submissions in <paramref name="directory"/>.</summary>
    /// <param name="directory">The submissions folder.</param>
    /// <param name="exerciseId">
    /// The one exercise to grade (top-level files are all answers to it; in student folders only files named
    /// <c>&lt;id&gt;.csx</c> or naming it in their first line), or null to name each file's exercise as the layout says.
    /// </param>
    public static SubmissionScan Find(string directory, string? exerciseId)
    {
        var root = System.IO.Path.GetFullPath(directory);
        var problems = new List<string>();
        var found = new List<BatchSubmission>();

        foreach (var file in Visible(Directory.EnumerateFiles(root, "*" + Extension)))
        {
            var student = System.IO.Path.GetFileNameWithoutExtension(file);
            var named = exerciseId ?? ExerciseNamedIn(FirstLine(file));
            if (named is null)
            {
                problems.Add($"{Relative(root, file)}: names no exercise; start it with a line '// exercise: <id>', move it to {student}/<exercise-id>{Extension}, or pass --exercise");
                continue;
            }

            found.Add(new BatchSubmission(file, Relative(root, file), student, named));
        }

        foreach (var folder in Visible(Directory.EnumerateDirectories(root)))
        {
            var student = System.IO.Path.GetFileName(folder);
            foreach (var file in Visible(Directory.EnumerateFiles(folder, "*" + Extension)))
            {
                var named = ExerciseNamedIn(FirstLine(file)) ?? System.IO.Path.GetFileNameWithoutExtension(file);
                if (exerciseId is not null && named != exerciseId)
                {
                    continue;
                }

                found.Add(new BatchSubmission(file, Relative(root, file), student, named));
            }
        }

        var submissions = new List<BatchSubmission>();
        foreach (var group in found.OrderBy(s => s.RelativePath, StringComparer.Ordinal).GroupBy(s => (s.Student, s.ExerciseId)))
        {
            var first = group.First();
            submissions.Add(first);
            foreach (var other in group.Skip(1))
            {
                problems.Add($"{other.RelativePath}: a second answer by '{first.Student}' to '{first.ExerciseId}'; only {first.RelativePath} is graded");
            }
        }

        return new SubmissionScan(submissions.OrderBy(s => s.RelativePath, StringComparer.Ordinal).ToList(), problems);
    }

    /// <summary>The exercise id a first line <c>// exercise: &lt;id&gt;</c> names, or null; the learner's <c>grade</c> reads the same line.</summary>
    public static string? ExerciseNamedIn(string source)
    {
        var match = ExerciseComment().Match(source);
        return match.Success ? match.Groups["id"].Value : null;
    }

    // Only the start of the file matters, and a 20 MB hostile file should not be read just to find its name.
    private static string FirstLine(string file)
    {
        using var reader = new StreamReader(file);
        var buffer = new char[512];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read);
    }

    private static IEnumerable<string> Visible(IEnumerable<string> paths) =>
        paths.Where(p => !System.IO.Path.GetFileName(p).StartsWith('.')).Order(StringComparer.Ordinal);

    private static string Relative(string root, string path) => System.IO.Path.GetRelativePath(root, path).Replace('\\', '/');

    [GeneratedRegex(@"\A\s*//\s*exercise:\s*(?<id>[a-z0-9][a-z0-9-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex ExerciseComment();
}
