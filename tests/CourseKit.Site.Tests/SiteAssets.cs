using CourseKit.Site.Mathematics;

namespace CourseKit.Site.Tests;

/// <summary>
/// The repository's site/ folder with its npm packages restored (by <see cref="NpmRestore"/>, as the build
/// does), and one Temml renderer shared by the tests since loading it takes seconds.
/// </summary>
public sealed class SiteAssets : IDisposable
{
    private readonly Lazy<TexRenderer> renderer;

    public SiteAssets()
    {
        SiteDirectory = FindSiteDirectory();
        Restore = NpmRestore.EnsureRestored(SiteDirectory);
        Assert.True(Restore.Succeeded, Restore.Log);
        renderer = new Lazy<TexRenderer>(() => TexRenderer.ForSite(SiteDirectory));
    }

    public string SiteDirectory { get; }

    public NpmRestoreResult Restore { get; }

    public TexRenderer Tex => renderer.Value;

    public void Dispose()
    {
        if (renderer.IsValueCreated)
        {
            renderer.Value.Dispose();
        }
    }

    private static string FindSiteDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CourseKit.sln")))
            {
                return Path.Combine(directory.FullName, "site");
            }
        }
        throw new DirectoryNotFoundException("No CourseKit.sln above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class SiteAssetsGroup : ICollectionFixture<SiteAssets>
{
    public const string Name = "site assets";
}
