namespace CourseKit.Content.FileSystem;

/// <summary>A course on disk, rooted at the folder that holds <c>content/</c> and <c>graders/</c>.</summary>
public sealed class PhysicalCourseFileSystem : ICourseFileSystem
{
    /// <summary>Roots the file system at <paramref name="root"/> (made absolute).</summary>
    public PhysicalCourseFileSystem(string root)
    {
        Root = Path.GetFullPath(root);
    }

    /// <summary>The absolute path of the course root.</summary>
    public string Root { get; }

    /// <summary>The absolute path of a course-relative path.</summary>
    public string ToFullPath(string path) => Path.Combine(Root, path.Replace('/', Path.DirectorySeparatorChar));

    /// <inheritdoc />
    public bool FileExists(string path) => File.Exists(ToFullPath(path));

    /// <inheritdoc />
    public bool DirectoryExists(string path) => Directory.Exists(ToFullPath(path));

    /// <inheritdoc />
    public IReadOnlyList<string> GetFiles(string path) => List(path, files: true);

    /// <inheritdoc />
    public IReadOnlyList<string> GetDirectories(string path) => List(path, files: false);

    /// <inheritdoc />
    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(ToFullPath(path));

    /// <summary>
    /// Finds the course root from <paramref name="start"/> upward: the first folder with <c>content/course.yml</c>,
    /// or the parent of a folder that itself holds <c>course.yml</c>. Null when there is none.
    /// </summary>
    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "content", "course.yml")))
            {
                return dir.FullName;
            }

            if (File.Exists(Path.Combine(dir.FullName, "course.yml")) && dir.Name == "content" && dir.Parent is not null)
            {
                return dir.Parent.FullName;
            }
        }

        return null;
    }

    private string[] List(string path, bool files)
    {
        var full = ToFullPath(path);
        if (!Directory.Exists(full))
        {
            return [];
        }

        var entries = files ? Directory.GetFiles(full) : Directory.GetDirectories(full);
        var result = new string[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            result[i] = CoursePath.Combine(path, Path.GetFileName(entries[i]));
        }

        Array.Sort(result, StringComparer.Ordinal);
        return result;
    }
}
