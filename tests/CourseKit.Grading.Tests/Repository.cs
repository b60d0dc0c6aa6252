namespace CourseKit.Grading.Tests;

/// <summary>Paths inside the checkout the tests run from; also compiled into CourseKit.Grade.Tests by link.</summary>
internal static class Repository
{
    /// <summary>The folder holding CourseKit.sln, found upward from the test assembly.</summary>
    public static string Root { get; } = Find();

    /// <summary>The small, complete test course of CourseKit.Content.Tests, with graders.</summary>
    public static string ValidCourse { get; } = Path.Combine(Root, "tests", "CourseKit.Content.Tests", "Courses", "valid");

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CourseKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CourseKit.sln not found above the test assembly");
    }
}
