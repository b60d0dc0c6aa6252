namespace CourseKit.Content.Model;

/// <summary>An exercise's instructor-only folder, <c>graders/&lt;chapter-folder&gt;/&lt;exercise-id&gt;/</c>.</summary>
/// <param name="Path">Course-relative folder path (it may not exist).</param>
/// <param name="Samples">Sample submissions with their promised verdicts.</param>
public sealed record GraderFolder(string Path, IReadOnlyList<GraderSample> Samples);
