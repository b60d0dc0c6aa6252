using CourseKit.Content.Verification;

namespace CourseKit.Cli.Tests;

/// <summary>Runs coursekit in-process with captured output, like a terminal-less CI job.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static string Courses { get; } = Path.Combine(AppContext.BaseDirectory, "Courses");

    public static async Task<CliRun> RunAsync(string workingDirectory, IReadOnlyList<ICourseVerifier>? verifiers = null, bool color = false, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, color, workingDirectory);
        var code = await CourseKitApp.RunAsync(args, console, verifiers);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>A fresh copy of a test course in a temporary folder, deleted on dispose.</summary>
    public static TempCourse Copy(string name) => new(Path.Combine(Courses, name));
}

internal sealed class TempCourse : IDisposable
{
    public TempCourse(string source)
    {
        Root = Path.Combine(Path.GetTempPath(), "coursekit-cli-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
