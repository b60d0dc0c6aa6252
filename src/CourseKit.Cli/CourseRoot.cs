using CourseKit.Content.FileSystem;

namespace CourseKit.Cli;

/// <summary>Finds the course a command works on: the folder given, or the first folder upward with content/course.yml.</summary>
internal static class CourseRoot
{
    /// <summary>The course root, or null after writing why there is none to standard error.</summary>
    public static string? Find(CliConsole console, string? given)
    {
        if (given is not null)
        {
            var full = console.Resolve(given);
            if (!Directory.Exists(full))
            {
                console.Error.WriteLine($"coursekit: folder '{given}' does not exist");
                return null;
            }

            // Accept the content/ folder itself as well as the course root above it.
            return File.Exists(Path.Combine(full, "course.yml")) && Path.GetFileName(full) == "content"
                ? Path.GetDirectoryName(full)
                : full;
        }

        var found = PhysicalCourseFileSystem.FindRoot(console.CurrentDirectory);
        if (found is null)
        {
            console.Error.WriteLine(
                $"coursekit: no content/course.yml in '{console.CurrentDirectory}' or any folder above it; pass the course folder as an argument");
        }

        return found;
    }
}
