namespace CourseKit.Cli;

/// <summary>
/// Where a command writes and where it runs, injected so that tests can capture output and pick the folder.
/// </summary>
/// <param name="Out">Standard output: diagnostics, reports, help.</param>
/// <param name="Error">Standard error: usage errors and failures to start.</param>
/// <param name="UseColor">Whether to colour severities; off when output is redirected or NO_COLOR is set.</param>
/// <param name="CurrentDirectory">The folder relative paths are resolved against.</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool UseColor, string CurrentDirectory)
{
    /// <summary>The process's own console, with colour only on a terminal without NO_COLOR (https://no-color.org).</summary>
    public static CliConsole System() =>
        new(
            Console.Out,
            Console.Error,
            !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
            Directory.GetCurrentDirectory());

    /// <summary>An absolute path for a path given on the command line.</summary>
    public string Resolve(string path) => Path.GetFullPath(Path.Combine(CurrentDirectory, path));
}
