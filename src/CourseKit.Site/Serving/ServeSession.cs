using CourseKit.Site.Building;
using CourseKit.Site.Search;

namespace CourseKit.Site.Serving;

/// <summary>
/// <c>coursekit serve</c>: build, serve, and on every save under <c>content/</c> or the theme rebuild (cached
/// cells make that quick) and tell the open pages to reload — <c>build</c> plus a watcher and a reload, as mdBook's serve.
/// </summary>
public sealed class ServeSession : IAsyncDisposable
{
    // Editors save in bursts (temp file, rename, touch); one rebuild per burst.
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(80);

    private readonly SiteBuildOptions options;
    private readonly SiteServices services;
    private readonly SiteBuilder builder;
    private readonly Action<SiteBuildResult> onBuilt;
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly SemaphoreSlim building = new(1, 1);
    private readonly Lock gate = new();
    private Timer? pending;
    private bool themeChanged;
    private SiteServer? server;

    private ServeSession(SiteBuildOptions options, SiteServices services, Action<SiteBuildResult> onBuilt)
    {
        this.options = options with { LiveReload = true, Incremental = true };
        this.services = services;
        this.onBuilt = onBuilt;
        builder = new SiteBuilder(services);
    }

    /// <summary>The server, once started.</summary>
    public SiteServer Server => server ?? throw new InvalidOperationException("not started");

    /// <summary>The last build's result.</summary>
    public SiteBuildResult? LastBuild { get; private set; }

    /// <summary>
    /// Builds once, starts serving on 127.0.0.1:<paramref name="port"/> and starts watching. Returns null (after
    /// telling <paramref name="onBuilt"/> why) when the theme cannot be loaded; <paramref name="onBuilt"/> hears of every build.
    /// </summary>
    public static async Task<ServeSession?> StartAsync(SiteBuildOptions options, int port, Action<SiteBuildResult> onBuilt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var services = SiteServices.Create(options.ThemeDirectory, out string? error);
        if (services is null)
        {
            onBuilt?.Invoke(new SiteBuildResult(
                [new Content.Diagnostics.Diagnostic(SiteDiagnosticCodes.ThemeError, Content.Diagnostics.DiagnosticSeverity.Error, options.ThemeDirectory, 0, 0, error ?? "the theme could not be loaded")],
                [], 0, 0, []));
            return null;
        }
        var session = new ServeSession(options, services, onBuilt ?? (_ => { }));
        session.Rebuild();
        session.server = await SiteServer.StartAsync(options.OutputDirectory, port, cancellationToken).ConfigureAwait(false);
        session.Watch(Path.Combine(options.CourseDirectory, "content"), theme: false);
        session.Watch(options.ThemeDirectory, theme: true);
        return session;
    }

    /// <summary>Rebuilds now and, when it succeeds, reloads the open pages.</summary>
    public SiteBuildResult Rebuild()
    {
        building.Wait();
        try
        {
            bool reloadTheme;
            lock (gate)
            {
                reloadTheme = themeChanged;
                themeChanged = false;
            }
            if (reloadTheme && !services.ReloadTheme(out string? error))
            {
                var failed = new SiteBuildResult(
                    [new Content.Diagnostics.Diagnostic(SiteDiagnosticCodes.ThemeError, Content.Diagnostics.DiagnosticSeverity.Error, options.ThemeDirectory, 0, 0, error ?? "the templates do not parse")],
                    [], 0, 0, []);
                onBuilt(failed);
                return failed;
            }
            // The first build indexes for search; later ones reload first and re-index after (Pagefind takes seconds).
            bool first = LastBuild is null;
            var result = builder.Build(options with { DeferSearch = !first });
            LastBuild = result;
            onBuilt(result);
            if (result.Succeeded)
            {
                server?.Hub.Notify();
                if (!first && options.Search)
                {
                    _ = PagefindIndexer.Run(options.ThemeDirectory, options.OutputDirectory);
                }
            }
            return result;
        }
        finally
        {
            building.Release();
        }
    }

    /// <summary>Stops watching and serving.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }
        pending?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }
        services.Dispose();
        building.Dispose();
    }

    private void Watch(string directory, bool theme)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }
        var watcher = new FileSystemWatcher(directory)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler changed = (_, e) => OnChange(e.FullPath, theme);
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, e) => OnChange(e.FullPath, theme);
        watcher.EnableRaisingEvents = true;
        watchers.Add(watcher);
    }

    private void OnChange(string path, bool theme)
    {
        string full = Path.GetFullPath(path);
        // The theme's node_modules and the site being written are not edits.
        if (full.Contains($"{Path.DirectorySeparatorChar}node_modules", StringComparison.Ordinal)
            || full.StartsWith(Path.GetFullPath(options.OutputDirectory), StringComparison.Ordinal))
        {
            return;
        }
        lock (gate)
        {
            themeChanged |= theme;
            pending?.Dispose();
            pending = new Timer(_ => Rebuild(), null, Debounce, Timeout.InfiniteTimeSpan);
        }
    }
}
