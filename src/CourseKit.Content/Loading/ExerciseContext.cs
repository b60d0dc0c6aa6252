using CourseKit.Content.FileSystem;
using CourseKit.Content.Model;

namespace CourseKit.Content.Loading;

/// <summary>What reading an exercise needs from the course around it.</summary>
internal sealed record ExerciseContext(
    IReadOnlyList<string> Languages,
    GradingDefaults Defaults,
    string ChapterSlug,
    string ChapterFolder,
    ICourseFileSystem Files);
