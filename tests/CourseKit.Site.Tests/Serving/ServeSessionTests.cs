using System.Diagnostics;
using CourseKit.Site.Serving;
using CourseKit.Site.Tests.Building;
using Xunit.Abstractions;

namespace CourseKit.Site.Tests.Serving;

public sealed class ServeSessionTests(ValidCourseBuild build, ITestOutputHelper output) : IClassFixture<ValidCourseBuild>, IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("coursekit-serve-").FullName;

    [Fact]
    public async Task A_saved_edit_is_rebuilt_and_the_open_page_told_to_reload()
    {
        string course = Path.Combine(scratch, "course");
        build.CopyCourse(course);
        // The fixture's cache already holds this course's cells, so only the edit costs anything.
        var options = build.Options with { CourseDirectory = course, OutputDirectory = Path.Combine(scratch, "_site"), Search = false };
        await using var session = await ServeSession.StartAsync(options, 0, _ => { });
        Assert.NotNull(session);
        Assert.True(session.LastBuild!.Succeeded, string.Join("\n", session.LastBuild.Diagnostics));

        using var http = new HttpClient { BaseAddress = session.Server.Address, Timeout = TimeSpan.FromSeconds(30) };
        string page = await http.GetStringAsync("en/01-calculus.html");
        Assert.Contains(SiteServer.EventsPath, page, StringComparison.Ordinal);
        Assert.Contains("<html", await http.GetStringAsync("/"), StringComparison.Ordinal);

        using var events = await http.GetStreamAsync(SiteServer.EventsPath);
        using var reader = new StreamReader(events);
        Assert.Equal(": connected", await reader.ReadLineAsync());

        var clock = Stopwatch.StartNew();
        File.AppendAllText(Path.Combine(course, "content", "01-calculus", "index.md"), "\nA sentence added while serving.\n");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        string? line;
        do
        {
            line = await reader.ReadLineAsync(timeout.Token);
        }
        while (line is not null && line != "event: reload");
        Assert.Equal("event: reload", line);
        output.WriteLine($"save to reload event: {clock.Elapsed.TotalMilliseconds:0} ms; the rebuild: {string.Join(", ", session.LastBuild!.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds:0} ms"))}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"reload after {clock.Elapsed}");
        Assert.Contains("A sentence added while serving.", await http.GetStringAsync("en/01-calculus.html"), StringComparison.Ordinal);
        Assert.Equal(0, session.LastBuild!.CellsExecuted);
        // Only the edited page was rendered again; the other five were kept from the first build.
        Assert.Equal(["en/01-calculus.html"], session.LastBuild.RenderedPages);
        Assert.Equal(5, session.LastBuild.KeptPages.Count);
    }

    public void Dispose() => Directory.Delete(scratch, recursive: true);
}
