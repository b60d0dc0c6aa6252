namespace CourseKit.Site.Tests;

[Collection(SiteAssetsGroup.Name)]
public class NpmRestoreTests(SiteAssets site)
{
    [Fact]
    public void A_site_without_node_modules_is_restored_from_its_lock_file_once()
    {
        // A copy of the real package files, so the test restores the very pins the build uses (from npm's
        // cache, which the build's own restore filled) without touching the repository's node_modules.
        string copy = Directory.CreateTempSubdirectory("coursekit-npm-").FullName;
        try
        {
            foreach (string file in new[] { "package.json", "package-lock.json" })
            {
                File.Copy(Path.Combine(site.SiteDirectory, file), Path.Combine(copy, file));
            }
            Assert.False(NpmRestore.IsUpToDate(copy));

            var first = NpmRestore.EnsureRestored(copy);
            Assert.True(first.Status == NpmRestoreStatus.Restored, first.Log);
            Assert.True(File.Exists(Path.Combine(copy, "node_modules", "temml", "dist", "temml.cjs")));

            Assert.Equal(NpmRestoreStatus.UpToDate, NpmRestore.EnsureRestored(copy).Status);

            // A newer lock file (a pin was bumped) makes the restore run again.
            File.SetLastWriteTimeUtc(Path.Combine(copy, "package-lock.json"), DateTime.UtcNow.AddMinutes(1));
            Assert.False(NpmRestore.IsUpToDate(copy));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }
}
