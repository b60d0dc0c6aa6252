using CourseKit.Site.Mathematics;

namespace CourseKit.Site.Tests.Mathematics;

[Collection(SiteAssetsGroup.Name)]
public class TemmlAssetsTests(SiteAssets site)
{
    [Fact]
    public void The_restored_packages_hold_the_script_stylesheet_and_math_font()
    {
        Assert.True(NpmRestore.IsUpToDate(site.SiteDirectory));
        var assets = TemmlAssets.Locate(site.SiteDirectory);
        Assert.True(File.Exists(assets.Script));
        Assert.EndsWith(".woff2", assets.MathFontFile);
        Assert.True(new FileInfo(assets.MathFontFile).Length > 10_000);
    }

    [Fact]
    public void The_stylesheet_points_at_the_copied_math_font()
    {
        string css = TemmlAssets.Locate(site.SiteDirectory).Stylesheet("fonts/noto-sans-math.woff2");
        Assert.Contains("url('fonts/noto-sans-math.woff2') format('woff2')", css);
        Assert.DoesNotContain("NotoSansMath-Regular.ttf", css);
        Assert.Contains("math {", css);
    }

    [Fact]
    public void A_site_without_restored_packages_is_reported_clearly()
    {
        string empty = Directory.CreateTempSubdirectory("coursekit-site-").FullName;
        try
        {
            var error = Assert.Throws<FileNotFoundException>(() => TemmlAssets.Locate(empty));
            Assert.Contains("npm", error.Message);
            Assert.False(NpmRestore.IsUpToDate(empty));
            var result = NpmRestore.EnsureRestored(empty);
            Assert.Equal(NpmRestoreStatus.Failed, result.Status);
            Assert.Contains("package-lock.json", result.Log);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
