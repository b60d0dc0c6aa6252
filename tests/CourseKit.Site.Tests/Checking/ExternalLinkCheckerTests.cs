using CourseKit.Content.Diagnostics;
using CourseKit.Site.Building;
using CourseKit.Site.Checking;
using CourseKit.Site.Tests.Building;

namespace CourseKit.Site.Tests.Checking;

/// <summary>
/// <c>build --check-external</c> against a local server standing in for the web: what counts as broken, that
/// each URL is asked once and politely, and that a build without the flag asks nothing.
/// </summary>
public sealed class ExternalLinkCheckerTests(ValidCourseBuild build) : IClassFixture<ValidCourseBuild>, IDisposable
{
    private const string Chapter = "content/01-calculus/index.md";

    private static readonly ExternalLinkCheckOptions Quick = new() { Timeout = TimeSpan.FromMilliseconds(700), PerHostDelay = TimeSpan.Zero };

    private readonly LocalLinkServer server = new();
    private readonly string scratch = Directory.CreateTempSubdirectory("coursekit-links-").FullName;

    [Fact]
    public async Task Working_links_and_redirects_pass_and_the_rest_say_what_went_wrong()
    {
        using var http = new HttpClient();
        string[] paths = ["/ok", "/moved", "/no-head", "/missing", "/moved-to-missing", "/slow", "/down"];
        var outcomes = await ExternalLinkChecker.CheckAllAsync(http, paths.Select(server.Url), Quick);

        Assert.Null(outcomes[server.Url("/ok")]);
        Assert.Null(outcomes[server.Url("/moved")]);
        Assert.Null(outcomes[server.Url("/no-head")]);
        Assert.Equal((true, "answered 404 Not Found"), Of(outcomes[server.Url("/missing")]));
        Assert.Equal((true, "answered 404 Not Found"), Of(outcomes[server.Url("/moved-to-missing")]));
        Assert.Equal((false, "did not answer within 0.7 s"), Of(outcomes[server.Url("/slow")]));
        Assert.Equal((false, "answered 503 Service Unavailable"), Of(outcomes[server.Url("/down")]));
        // HEAD first; GET only where HEAD was refused.
        Assert.Equal(["GET /no-head", "HEAD /no-head"], server.Requests.Where(r => r.EndsWith("/no-head", StringComparison.Ordinal)).Order());
        Assert.DoesNotContain("GET /ok", server.Requests);
    }

    [Fact]
    public async Task Each_url_is_asked_once_and_a_host_gets_few_requests_at_a_time()
    {
        using var http = new HttpClient();
        var urls = Enumerable.Range(1, 6).Select(i => server.Url($"/busy/{i}")).ToList();
        urls.AddRange(urls);
        var options = Quick with { Timeout = TimeSpan.FromSeconds(10), PerHostConcurrency = 2, MaxConcurrency = 8 };
        var outcomes = await ExternalLinkChecker.CheckAllAsync(http, urls, options);
        Assert.Equal(6, outcomes.Count);
        Assert.All(outcomes.Values, Assert.Null);
        Assert.Equal(6, server.Requests.Count);
        Assert.InRange(server.MostAtOnce, 1, 2);
    }

    [Fact]
    public async Task A_refused_connection_is_a_warning_not_an_error()
    {
        using var http = new HttpClient();
        int closedPort;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            closedPort = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }
        string url = $"http://127.0.0.1:{closedPort}/";
        var problem = (await ExternalLinkChecker.CheckAllAsync(http, [url], Quick))[url];
        Assert.False(problem!.IsLasting);
        Assert.StartsWith("could not be reached", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_flag_a_build_makes_no_request()
    {
        var (result, _) = BuildWithLinks(check: null);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(server.Requests);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == SiteDiagnosticCodes.BrokenExternalLink);
    }

    [Fact]
    public void With_the_flag_each_broken_link_is_reported_where_the_markdown_writes_it()
    {
        var (result, text) = BuildWithLinks(Quick);
        var reported = result.Diagnostics.Where(d => d.Code == SiteDiagnosticCodes.BrokenExternalLink).ToArray();
        Assert.False(result.Succeeded);
        Assert.Equal(3, reported.Length);
        AssertAt(reported, text, "/missing", DiagnosticSeverity.Error, "404");
        AssertAt(reported, text, "/moved-to-missing", DiagnosticSeverity.Error, "404");
        AssertAt(reported, text, "/slow", DiagnosticSeverity.Warning, "did not answer");
        // /ok is linked twice but asked once for itself, and once more at the end of /moved's redirect.
        Assert.Equal(2, server.Requests.Count(r => r == "HEAD /ok"));
        Assert.Single(server.Requests, r => r == "HEAD /moved");
    }

    public void Dispose()
    {
        server.Dispose();
        Directory.Delete(scratch, recursive: true);
    }

    private static (bool, string) Of(LinkProblem? problem) => (problem!.IsLasting, problem.Message);

    private static void AssertAt(Diagnostic[] reported, string text, string path, DiagnosticSeverity severity, string says)
    {
        var diagnostic = Assert.Single(reported, d => d.Message.Contains(path + "`", StringComparison.Ordinal));
        string[] lines = text.Split('\n');
        int line = Array.FindIndex(lines, l => l.Contains(path + ")", StringComparison.Ordinal));
        int column = lines[line].IndexOf("http://", lines[line].IndexOf(path + ")", StringComparison.Ordinal) - 30, StringComparison.Ordinal);
        Assert.Equal((Chapter, line + 1, column + 1, severity), (diagnostic.File, diagnostic.Line, diagnostic.Column, diagnostic.Severity));
        Assert.Contains(says, diagnostic.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(diagnostic.Fix));
    }

    // The test course with a paragraph of links to the local server appended to the calculus chapter; gives
    // the result and the chapter's text.
    private (SiteBuildResult Result, string Text) BuildWithLinks(ExternalLinkCheckOptions? check)
    {
        string course = Path.Combine(scratch, "course");
        build.CopyCourse(course);
        string chapter = Path.Combine(course, "content", "01-calculus", "index.md");
        string text = File.ReadAllText(chapter).TrimEnd('\n') + "\n\n"
            + $"Further reading: [a page]({server.Url("/ok")}), [the same page]({server.Url("/ok")}#part),\n"
            + $"[an old address]({server.Url("/moved")}), [a page that is gone]({server.Url("/missing")}),\n"
            + $"[moved and gone]({server.Url("/moved-to-missing")}), [a slow one]({server.Url("/slow")})\n"
            + $"and <{server.Url("/no-head")}>.\n";
        File.WriteAllText(chapter, text);
        var options = build.Options with
        {
            CourseDirectory = course,
            OutputDirectory = Path.Combine(scratch, "_site"),
            Search = false,
            CheckExternalLinks = check,
        };
        return (new SiteBuilder(build.Services).Build(options), text);
    }
}
