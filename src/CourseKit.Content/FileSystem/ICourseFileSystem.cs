namespace CourseKit.Content.FileSystem;

/// <summary>
/// Read access to a course's files by course-relative paths with forward slashes (<c>content/course.yml</c>),
/// so the loader runs the same on disk and in memory (tests, fuzzing, editors with unsaved buffers).
/// </summary>
public interface ICourseFileSystem
{
    /// <summary>True when the file exists.</summary>
    bool FileExists(string path);

    /// <summary>True when the directory exists.</summary>
    bool DirectoryExists(string path);

    /// <summary>The files directly inside <paramref name="path"/>, as course-relative paths, sorted ordinally.</summary>
    IReadOnlyList<string> GetFiles(string path);

    /// <summary>The directories directly inside <paramref name="path"/>, as course-relative paths, sorted ordinally.</summary>
    IReadOnlyList<string> GetDirectories(string path);

    /// <summary>The bytes of a file; may throw <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>.</summary>
    byte[] ReadAllBytes(string path);
}
