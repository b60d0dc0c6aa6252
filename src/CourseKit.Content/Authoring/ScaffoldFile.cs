namespace CourseKit.Content.Authoring;

/// <summary>A file the scaffolder wants written: course-relative path and full text.</summary>
/// <param name="Path">Course-relative path with forward slashes.</param>
/// <param name="Text">The whole content.</param>
/// <param name="Replaces">True when it rewrites an existing file (course.yml gaining a chapter).</param>
public sealed record ScaffoldFile(string Path, string Text, bool Replaces = false);
