using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace CourseKit.Site.Serving;

/// <summary>
/// Serves a built site on 127.0.0.1 with Kestrel, plus <c>/__coursekit/events</c>: a server-sent-events stream
/// that says <c>reload</c> whenever <see cref="ReloadHub.Notify"/> is called.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    /// <summary>The path of the reload event stream the pages connect to.</summary>
    public const string EventsPath = "/__coursekit/events";

    private readonly WebApplication app;

    private SiteServer(WebApplication app, ReloadHub hub, Uri address)
    {
        this.app = app;
        Hub = hub;
        Address = address;
    }

    /// <summary>The pages waiting for a reload.</summary>
    public ReloadHub Hub { get; }

    /// <summary>Where the site is served (<c>http://127.0.0.1:8000/</c>).</summary>
    public Uri Address { get; }

    /// <summary>Starts serving <paramref name="siteDirectory"/> on 127.0.0.1:<paramref name="port"/> (0 picks a free port).</summary>
    public static async Task<SiteServer> StartAsync(string siteDirectory, int port, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(siteDirectory);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Path.GetFullPath(siteDirectory) });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var hub = new ReloadHub();
        var files = new PhysicalFileProvider(Path.GetFullPath(siteDirectory));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // Pagefind's index files (.pf_meta, .pf_index, .pf_fragment) have no registered type.
            ServeUnknownFileTypes = true,
            DefaultContentType = "application/octet-stream",
            // A page must never come from the browser's cache after a rebuild.
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.MapGet(EventsPath, (HttpContext context) => StreamAsync(context, hub));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = new Uri(app.Urls.First().Replace("127.0.0.1:0", "127.0.0.1", StringComparison.Ordinal) + "/");
        return new SiteServer(app, hub, address);
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task StreamAsync(HttpContext context, ReloadHub hub)
    {
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var reader = hub.Subscribe();
        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            await foreach (int build in reader.ReadAllAsync(context.RequestAborted).ConfigureAwait(false))
            {
                await context.Response.WriteAsync($"event: reload\ndata: {build}\n\n", context.RequestAborted).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away; nothing to tell it.
        }
        finally
        {
            hub.Unsubscribe(reader);
        }
    }
}
