namespace CourseKit.Content.Model;

/// <summary>
/// Where an exercise's reference solution lives: inline C# in the YAML, or a file under graders/.
/// Never published: the site must not render either.
/// </summary>
/// <param name="Code">The inline C#, or null when the reference is a file.</param>
/// <param name="File">Course-relative path of the reference file, or null when inline.</param>
/// <param name="Line">1-based line of the reference in the exercise YAML, to map compiler errors back.</param>
public sealed record ReferenceSource(string? Code, string? File, int Line);
