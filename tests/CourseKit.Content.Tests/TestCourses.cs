using CourseKit.Content.FileSystem;

namespace CourseKit.Content.Tests;

/// <summary>Where the test courses are, and in-memory copies of them.</summary>
internal static class TestCourses
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Courses");

    public static string Valid { get; } = Path.Combine(Root, "valid");

    public static string Broken { get; } = Path.Combine(Root, "broken");

    public static InMemoryCourseFileSystem ValidInMemory() => InMemoryCourseFileSystem.FromDirectory(Valid);
}
