namespace CourseKit.Content.FileSystem;

/// <summary>Joins and splits course-relative paths, which always use forward slashes.</summary>
public static class CoursePath
{
    /// <summary>Joins path segments with <c>/</c>, skipping empty ones.</summary>
    public static string Combine(params string[] parts) =>
        string.Join('/', parts.Where(p => p.Length > 0).Select(p => p.Trim('/')));

    /// <summary>The last segment of a path (<c>tangent.yml</c> for <c>content/01-calculus/exercises/tangent.yml</c>).</summary>
    public static string FileName(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? path : path[(slash + 1)..];
    }
}
