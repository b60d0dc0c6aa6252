namespace CourseKit.Content.Authoring;

/// <summary>What a scaffolding request produces: files to write, or the reason it cannot.</summary>
/// <param name="Files">Files to write, in order.</param>
/// <param name="Error">Why nothing can be written (null on success).</param>
/// <param name="IsUsageError">True when the request itself is malformed (bad slug or id) rather than clashing with the course.</param>
public sealed record ScaffoldResult(IReadOnlyList<ScaffoldFile> Files, string? Error, bool IsUsageError = false)
{
    /// <summary>A failed request.</summary>
    public static ScaffoldResult Fail(string error, bool usage = false) => new([], error, usage);
}
