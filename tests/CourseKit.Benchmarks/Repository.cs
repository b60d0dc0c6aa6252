using System.Diagnostics;

namespace CourseKit.Benchmarks;

/// <summary>The checkout the benchmarks run from, and the child processes (dotnet publish, a cold CLI) some of them start.</summary>
internal static class Repository
{
    /// <summary>The folder holding CourseKit.sln, found upward from the benchmark assembly.</summary>
    public static string Root { get; } = Find();

    /// <summary>
    /// Runs <c>dotnet</c> with <paramref name="arguments"/> to its end and returns its output; a non-zero exit throws, so a
    /// benchmark whose process failed stops instead of timing a failure.
    /// </summary>
    public static string Dotnet(string what, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? Root };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output.Result
            : throw new InvalidOperationException($"{what} failed (exit {process.ExitCode}): {output.Result}{error.Result}");
    }

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CourseKit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("run the benchmarks from inside the repository");
    }
}
