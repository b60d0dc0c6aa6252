using System.Text.RegularExpressions;
using CourseKit.Site.Serving;
using CourseKit.Site.Tests.Building;
using Microsoft.Playwright;

namespace CourseKit.Site.Tests.Browser;

/// <summary>
/// The built test course in headless Chromium (Debian's, at /usr/bin/chromium or COURSEKIT_CHROMIUM), driven by
/// Playwright: what a reader does, with screenshots kept under TestResults/screenshots.
/// </summary>
public class BrowserTests(ValidCourseBuild build) : IClassFixture<ValidCourseBuild>
{
    [Fact]
    public async Task A_reader_sees_math_and_figures_searches_and_keeps_dark_mode_across_pages_and_languages()
    {
        Assert.True(build.Result.Succeeded, string.Join("\n", build.Result.Diagnostics));
        string chromium = Environment.GetEnvironmentVariable("COURSEKIT_CHROMIUM") ?? "/usr/bin/chromium";
        Assert.True(File.Exists(chromium), $"{chromium} is missing: install Debian's chromium (apt-get install chromium) or set COURSEKIT_CHROMIUM");
        string screenshots = Path.Combine(build.Repository, "tests", "CourseKit.Site.Tests", "TestResults", "screenshots");
        Directory.CreateDirectory(screenshots);

        await using var server = await SiteServer.StartAsync(build.Output, 0);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Args =
            [
                // Root in a container has no user namespace for Chromium's sandbox; the machine has no network, so
                // background fetches (updates, sync) would only fail and slow the start.
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            ]
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });

        // The table of contents leads from the home page to the first chapter.
        await page.GotoAsync(new Uri(server.Address, "en/index.html").ToString());
        await page.Locator(".toc-chapter a").First.ClickAsync();
        await ArriveAsync(page, "/en/01-calculus.html");

        // Math is MathML laid out by the browser, the figure's image loaded.
        Assert.True(await page.Locator("math").CountAsync() > 3);
        Assert.True(await page.EvaluateAsync<double>("() => document.querySelector('.equation math').getBoundingClientRect().width") > 20);
        Assert.True(await page.EvaluateAsync<int>("() => document.querySelector('figure.figure img').naturalWidth") > 0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "calculus-light.png"), FullPage = true });

        // Search (Pagefind) finds "gradient" in the calculus chapter.
        await page.Locator("#search input").FillAsync("gradient");
        var result = page.Locator(".pagefind-ui__result-link").First;
        await result.WaitForAsync(new() { Timeout = 15000 });
        Assert.Contains("01-calculus", await result.GetAttributeAsync("href"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "search.png") });
        await result.ClickAsync();
        await ArriveAsync(page, "/en/01-calculus.html", query: true);

        // Dark mode is kept on the next page and in the translation.
        await page.Locator(".theme-toggle").ClickAsync();
        Assert.Equal("dark", await page.Locator("html").GetAttributeAsync("data-theme"));
        await page.Locator("a[rel=next]").ClickAsync();
        await ArriveAsync(page, "/en/02-autograd.html");
        Assert.Equal("dark", await page.Locator("html").GetAttributeAsync("data-theme"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "autograd-dark.png"), FullPage = true });

        await page.Locator("a.language[hreflang=zh]").ClickAsync();
        await ArriveAsync(page, "/zh/02-autograd.html");
        Assert.Equal("zh", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("dark", await page.Locator("html").GetAttributeAsync("data-theme"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "autograd-zh-dark.png") });
        await page.Locator("a.language[hreflang=en]").ClickAsync();
        await ArriveAsync(page, "/en/02-autograd.html");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
    }

    /// <summary>
    /// Waits until the page is at <paramref name="path"/> (with a query or fragment when <paramref name="query"/>) and
    /// loaded, within Playwright's default 30 s. Not <c>WaitForURLAsync</c>: it can miss the load event it subscribes
    /// to after checking (microsoft/playwright-dotnet#3364, met here once in CI). The address is asserted by polling,
    /// and load is awaited in one-second steps, since a state reached while nobody listened is seen by the next call.
    /// </summary>
    private static async Task ArriveAsync(IPage page, string path, bool query = false)
    {
        var address = new Regex(Regex.Escape(path) + (query ? "([?#].*)?$" : "$"));
        await Assertions.Expect(page).ToHaveURLAsync(address, new() { Timeout = 30_000 });
        for (var second = 1; ; second++)
        {
            try
            {
                await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 1_000 });
                return;
            }
            catch (TimeoutException) when (second < 30)
            {
            }
        }
    }
}
