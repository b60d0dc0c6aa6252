using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using CourseKit.Content.Diagnostics;
using CourseKit.Site.Pipeline;
using CourseKit.Site.Rendering;

namespace CourseKit.Site.Checking;

/// <summary>
/// Checks the external (http and https) links of the written pages, only when the build is asked to
/// (<see cref="Building.SiteBuildOptions.CheckExternalLinks"/>): each distinct URL once, HEAD first and GET when
/// the server does not do HEAD, redirects followed. A link that answers "not found" or another client error
/// is an error; a server error, a refusal or no answer in time is a warning, since that may pass by itself.
/// Each is reported where the link is written: the Markdown (or exercise YAML) file, line and column.
/// </summary>
public sealed class ExternalLinkChecker : IRenderer
{
    private static readonly ProductInfoHeaderValue UserAgent = new("CourseKit-link-check", "1.0");

    /// <inheritdoc />
    public string Name => "external links";

    /// <inheritdoc />
    public void Render(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Options.CheckExternalLinks is not { } options)
        {
            return;
        }
        var links = Collect(context);
        using var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 10,
            AutomaticDecompression = DecompressionMethods.All,
        };
        using var http = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.Add(UserAgent);
        var outcomes = CheckAllAsync(http, links.Keys, options).GetAwaiter().GetResult();
        foreach (var (url, pages) in links)
        {
            if (outcomes[url] is { } problem)
            {
                foreach (string page in pages)
                {
                    Report(context, page, url, problem);
                }
            }
        }
    }

    /// <summary>
    /// Checks each URL once with <paramref name="http"/>; gives null for a link that works, else what is wrong.
    /// Public so the politeness rules can be tested against a local server without building a site.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, LinkProblem?>> CheckAllAsync(
        HttpClient http, IEnumerable<string> urls, ExternalLinkCheckOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(options);
        using var overall = new SemaphoreSlim(options.MaxConcurrency);
        // Not disposed: a politeness pause may release a host's slot after the checks are done, and a
        // SemaphoreSlim that never made a wait handle holds nothing to dispose.
        var hosts = new ConcurrentDictionary<string, SemaphoreSlim>(StringComparer.OrdinalIgnoreCase);
        var checks = urls.Distinct(StringComparer.Ordinal).Select(async url =>
        {
            var uri = new Uri(url);
            var host = hosts.GetOrAdd(uri.Authority, _ => new SemaphoreSlim(options.PerHostConcurrency));
            await host.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await overall.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    return (Url: url, Problem: await CheckAsync(http, uri, options.Timeout, cancellationToken).ConfigureAwait(false));
                }
                finally
                {
                    overall.Release();
                }
            }
            finally
            {
                ReleaseAfter(host, options.PerHostDelay);
            }
        });
        var results = await Task.WhenAll(checks).ConfigureAwait(false);
        return results.ToDictionary(r => r.Url, r => r.Problem, StringComparer.Ordinal);
    }

    private static void ReleaseAfter(SemaphoreSlim host, TimeSpan delay)
    {
        if (delay <= TimeSpan.Zero)
        {
            host.Release();
            return;
        }
        _ = Task.Delay(delay).ContinueWith(_ => host.Release(), TaskScheduler.Default);
    }

    private static async Task<LinkProblem?> CheckAsync(HttpClient http, Uri uri, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            var status = await StatusAsync(http, HttpMethod.Head, uri, timeout, cancellationToken).ConfigureAwait(false);
            // Some servers do not implement HEAD; ask again with GET (headers only, the body is not read).
            if (status is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotImplemented)
            {
                status = await StatusAsync(http, HttpMethod.Get, uri, timeout, cancellationToken).ConfigureAwait(false);
            }
            int code = (int)status;
            if (code < 400)
            {
                return null;
            }
            bool lasting = code < 500 && status is not (HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout);
            return new LinkProblem(
                lasting,
                $"answered {code.ToString(CultureInfo.InvariantCulture)} {ReasonOf(status)}",
                lasting
                    ? "update the link or remove it; if it works in a browser, the site may refuse automated checks"
                    : "the server may be down for a while; check the link in a browser and build with --check-external again later");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new LinkProblem(
                false,
                $"did not answer within {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s",
                "check the link in a browser; a slow site may pass next time");
        }
        catch (HttpRequestException e)
        {
            bool noSuchHost = e.HttpRequestError == HttpRequestError.NameResolutionError;
            return new LinkProblem(
                noSuchHost,
                noSuchHost ? $"names a host that does not exist ({uri.Host})" : $"could not be reached ({e.HttpRequestError}: {e.Message})",
                noSuchHost ? "fix the address or remove the link" : "check the link in a browser and your network; build with --check-external again later");
        }
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient http, HttpMethod method, Uri uri, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        using var request = new HttpRequestMessage(method, uri);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
        return response.StatusCode;
    }

    private static string ReasonOf(HttpStatusCode status) =>
        Enum.IsDefined(status) ? System.Text.RegularExpressions.Regex.Replace(status.ToString(), "(?<=[a-z])(?=[A-Z])", " ") : "";

    // The external links of every page, by URL without its fragment (the fragment of another site's page is not checked).
    private static SortedDictionary<string, SortedSet<string>> Collect(BuildContext context)
    {
        var links = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (string page in context.WrittenFiles.Where(f => f.EndsWith(".html", StringComparison.Ordinal) && !f.StartsWith("pagefind/", StringComparison.Ordinal)))
        {
            foreach (string link in HtmlLinks.In(File.ReadAllText(context.OutputPath(page))))
            {
                if (!link.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !link.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                    || !Uri.TryCreate(link, UriKind.Absolute, out _))
                {
                    continue;
                }
                int hash = link.IndexOf('#', StringComparison.Ordinal);
                string url = hash < 0 ? link : link[..hash];
                if (!links.TryGetValue(url, out var pages))
                {
                    links[url] = pages = new SortedSet<string>(StringComparer.Ordinal);
                }
                pages.Add(page);
            }
        }
        return links;
    }

    // One diagnostic per place the link is written in the page's sources, or one against the page when the
    // link comes from the theme or cannot be found in them.
    private static void Report(BuildContext context, string page, string url, LinkProblem problem)
    {
        var severity = problem.IsLasting ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
        string message = $"the external link `{url}` {problem.Message}";
        var places = SourcesOf(context, page).SelectMany(source => Find(source.File, source.Text, url)).ToArray();
        if (places.Length == 0)
        {
            context.Report(new Diagnostic(SiteDiagnosticCodes.BrokenExternalLink, severity, page, 0, 0, message + $" (on {page})", problem.Fix));
            return;
        }
        foreach (var (file, line, column) in places)
        {
            context.Report(new Diagnostic(SiteDiagnosticCodes.BrokenExternalLink, severity, file, line, column, message, problem.Fix));
        }
    }

    private static IEnumerable<(string File, string Text)> SourcesOf(BuildContext context, string page)
    {
        var course = context.Course;
        foreach (string language in course.Languages)
        {
            if (page == SitePaths.HomePage(language))
            {
                if (ReadSource(context, "content/course.yml") is { } courseFile)
                {
                    yield return ("content/course.yml", courseFile);
                }
                yield break;
            }
            foreach (var chapter in course.Chapters)
            {
                if (page != SitePaths.ChapterPage(language, chapter))
                {
                    continue;
                }
                if (chapter.Document(language) is { } document)
                {
                    yield return (document.Path, document.Markdown);
                }
                foreach (var exercise in chapter.Exercises)
                {
                    if (ReadSource(context, exercise.File) is { } yaml)
                    {
                        yield return (exercise.File, yaml);
                    }
                }
                yield break;
            }
        }
    }

    private static string? ReadSource(BuildContext context, string relative)
    {
        string path = Path.Combine(context.Options.CourseDirectory, relative.Replace('/', Path.DirectorySeparatorChar));
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    // 1-based line and column of every place `url` is written, not counting longer URLs that start with it.
    private static IEnumerable<(string File, int Line, int Column)> Find(string file, string text, string url)
    {
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            for (int at = lines[i].IndexOf(url, StringComparison.Ordinal); at >= 0; at = lines[i].IndexOf(url, at + 1, StringComparison.Ordinal))
            {
                int end = at + url.Length;
                if (end < lines[i].Length && !IsUrlEnd(lines[i][end]))
                {
                    continue;
                }
                yield return (file, i + 1, at + 1);
            }
        }
    }

    private static bool IsUrlEnd(char c) => c is ')' or '>' or '"' or '\'' or ' ' or '\t' or '#' or ']' or '\r' or ',' or ';';
}
