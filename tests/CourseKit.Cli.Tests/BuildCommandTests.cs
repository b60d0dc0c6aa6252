using System.Diagnostics;
using CourseKit.Site.Tests.Checking;

namespace CourseKit.Cli.Tests;

/// <summary><c>coursekit build</c>: external links only on request, and a runaway cell that cannot hang the command.</summary>
public class BuildCommandTests
{
    private const string Chapter = "content/01-calculus/index.md";

    [Fact]
    public async Task External_links_are_checked_only_with_check_external_and_a_broken_one_fails_the_build_at_its_line()
    {
        using var server = new LocalLinkServer();
        using var course = CliRun.Copy("valid");
        int line = Append(course, Chapter, $"\nRead [this]({server.Url("/ok")}) and [that]({server.Url("/missing")}).\n");

        var offline = await CliRun.RunAsync(course.Root, args: ["build", "--out", "_site"]);
        Assert.True(offline.ExitCode == 0, offline.Out + offline.Error);
        Assert.Empty(server.Requests);

        var checkedRun = await CliRun.RunAsync(course.Root, args: ["build", "--out", "_site", "--check-external"]);
        Assert.Equal(1, checkedRun.ExitCode);
        int column = $"Read [this]({server.Url("/ok")}) and [that](".Length + 1;
        Assert.Contains($"{Chapter}({line},{column}): error CK307: the external link `{server.Url("/missing")}` answered 404 Not Found", checkedRun.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("/ok`", checkedRun.Out, StringComparison.Ordinal);
        Assert.Contains("HEAD /ok", server.Requests);
    }

    [Fact]
    public async Task A_cell_that_never_ends_fails_the_build_at_the_time_limit_and_the_process_exits()
    {
        using var course = CliRun.Copy("valid");
        int line = Append(course, Chapter, "\n```csharp run\nlong spins = 0;\nwhile (true) { spins++; }\n```\n");
        Append(course, "content/course.yml", "site:\n  cell_time_limit: 2s\n");

        // A real process: the point is that it ends although the cell's thread never does.
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = course.Root,
        };
        foreach (string argument in new[] { Path.Combine(AppContext.BaseDirectory, "coursekit.dll"), "build", "--out", "_site" })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("coursekit build did not exit");
        }
        Assert.Equal(1, process.ExitCode);
        string text = await output + await error;
        Assert.Contains($"{Chapter}({line},1): error CK308: cell", text, StringComparison.Ordinal);
        Assert.Contains("cell time limit of 2s", text, StringComparison.Ordinal);
        Assert.Contains("cell_time_limit", text, StringComparison.Ordinal);
    }

    // Appends text to a course file; gives the 1-based line where the appended text's first non-empty line lands.
    private static int Append(TempCourse course, string relative, string text)
    {
        string path = Path.Combine(course.Root, relative);
        string before = File.ReadAllText(path).TrimEnd('\n') + "\n";
        File.WriteAllText(path, before + text);
        return before.Count(c => c == '\n') + 1 + text.TakeWhile(c => c == '\n').Count();
    }
}
