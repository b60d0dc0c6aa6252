using System.Text;

namespace CourseKit.Content.FileSystem;

/// <summary>
/// A course held in memory as course-relative path → bytes; directories are implied by the paths.
/// Used by tests and the fuzzer so that thousands of loads never touch the disk.
/// </summary>
public sealed class InMemoryCourseFileSystem : ICourseFileSystem
{
    private readonly Dictionary<string, byte[]> files = new(StringComparer.Ordinal);

    // Sorted paths, so that listing a folder is a range query rather than a scan of every file.
    private readonly SortedSet<string> paths = new(StringComparer.Ordinal);

    /// <summary>An empty course.</summary>
    public InMemoryCourseFileSystem()
    {
    }

    /// <summary>A course with the given files (path → bytes).</summary>
    public InMemoryCourseFileSystem(IEnumerable<KeyValuePair<string, byte[]>> contents)
    {
        foreach (var (path, bytes) in contents)
        {
            Add(path, bytes);
        }
    }

    /// <summary>The files, path → bytes.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => files;

    /// <summary>Adds or replaces a file with UTF-8 text.</summary>
    public InMemoryCourseFileSystem Add(string path, string text) => Add(path, Encoding.UTF8.GetBytes(text));

    /// <summary>Adds or replaces a file with raw bytes.</summary>
    public InMemoryCourseFileSystem Add(string path, byte[] bytes)
    {
        files[path] = bytes;
        paths.Add(path);
        return this;
    }

    /// <summary>Copies every file under <paramref name="root"/> on disk into memory.</summary>
    public static InMemoryCourseFileSystem FromDirectory(string root)
    {
        var result = new InMemoryCourseFileSystem();
        var full = Path.GetFullPath(root);
        foreach (var file in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories))
        {
            result.Add(Path.GetRelativePath(full, file).Replace('\\', '/'), File.ReadAllBytes(file));
        }

        return result;
    }

    /// <inheritdoc />
    public bool FileExists(string path) => files.ContainsKey(path);

    /// <inheritdoc />
    public bool DirectoryExists(string path) => Under(path).Min is not null;

    /// <inheritdoc />
    public IReadOnlyList<string> GetFiles(string path) => List(path, wantFiles: true);

    /// <inheritdoc />
    public IReadOnlyList<string> GetDirectories(string path) => List(path, wantFiles: false);

    /// <inheritdoc />
    public byte[] ReadAllBytes(string path) =>
        files.TryGetValue(path, out var bytes) ? bytes : throw new FileNotFoundException("No such file.", path);

    private List<string> List(string path, bool wantFiles)
    {
        var prefix = path.Length == 0 ? string.Empty : path + "/";
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in Under(path))
        {
            var rest = key.AsSpan(prefix.Length);
            var slash = rest.IndexOf('/');
            if (wantFiles && slash < 0)
            {
                result.Add(key);
            }
            else if (!wantFiles && slash > 0)
            {
                var dir = prefix + rest[..slash].ToString();
                if (seen.Add(dir))
                {
                    result.Add(dir);
                }
            }
        }

        result.Sort(StringComparer.Ordinal);
        return result;
    }

    private SortedSet<string> Under(string path)
    {
        if (path.Length == 0)
        {
            return paths;
        }

        // Every path below "a/b" sorts between "a/b/" and "a/b/" followed by the highest character.
        var prefix = path + "/";
        return paths.GetViewBetween(prefix, prefix + char.MaxValue);
    }
}
