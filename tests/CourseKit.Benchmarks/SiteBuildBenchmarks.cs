using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using CourseKit.Site.Building;

namespace CourseKit.Benchmarks;

/// <summary>
/// The course website, on a copy of the bundled course. Cold: <c>coursekit build</c> as a new process with no
/// cache, so it pays for starting .NET, Roslyn's warm-up, Temml in Jint, every cell and Pagefind (target: under
/// 10 s). Edit: what <c>serve</c> does after a save that changes one paragraph, incremental (only the touched page
/// is rendered; search re-indexed after the reload, as serve does) against the full rebuild it replaced (target:
/// under 300 ms). Run with <c>--filter '*Site*' --job short</c>.
/// </summary>
public class SiteBuildBenchmarks
{
    private const string Chapter = "content/01-calculus/index.md";

    private string _root = "";
    private string _work = "";
    private string _cli = "";
    private string _original = "";
    private string _paragraph = "";
    private int _edits;
    private SiteServices? _services;
    private SiteBuilder? _incremental;
    private SiteBuilder? _full;
    private SiteBuildOptions? _options;

    [GlobalSetup(Target = nameof(ColdBuild))]
    public void SetupCold()
    {
        CopyCourse();
        // A published coursekit finds no site/ above itself; a course may bring its own, so lend it the repository's.
        Directory.CreateSymbolicLink(Path.Combine(_work, "course", "site"), Path.Combine(_root, "site"));
        string output = Path.Combine(_work, "cli");
        using var publish = Process.Start("dotnet", ["publish", Path.Combine(_root, "src", "CourseKit.Cli"), "-c", "SiteBench", "-p:Optimize=true", "-o", output, "--nologo", "-v", "q"]);
        publish.WaitForExit();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet publish src/CourseKit.Cli failed");
        }
        _cli = Path.Combine(output, "coursekit.dll");
    }

    [GlobalSetup(Targets = [nameof(EditParagraphIncremental), nameof(EditParagraphFullRebuild)])]
    public void SetupServe()
    {
        CopyCourse();
        _services = SiteServices.Create(Path.Combine(_root, "site"), out string? error) ?? throw new InvalidOperationException(error);
        _options = new SiteBuildOptions(Path.Combine(_work, "course"), Path.Combine(_root, "site"), Path.Combine(_work, "serve"))
        {
            LiveReload = true,
            DeferSearch = true,
            Incremental = true,
        };
        _incremental = new SiteBuilder(_services);
        _full = new SiteBuilder(_services);
        // serve's first build: cells run, search indexed; later ones leave re-indexing until after the reload.
        Check(_incremental.Build(_options with { DeferSearch = false }));
        Check(_full.Build(_options with { OutputDirectory = Path.Combine(_work, "full"), Incremental = false, DeferSearch = false }));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services?.Dispose();
        var lent = new DirectoryInfo(Path.Combine(_work, "course", "site"));
        if (lent.LinkTarget is not null)
        {
            lent.Delete(); // the link only, never the repository's theme behind it
        }
        Directory.Delete(_work, recursive: true);
    }

    [IterationSetup(Target = nameof(ColdBuild))]
    public void ForgetEverything()
    {
        foreach (string folder in new[] { Path.Combine(_work, "course", ".coursekit-cache"), Path.Combine(_work, "cold") })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Benchmark(Description = "cold `coursekit build` (new process, no cache, with search)")]
    public int ColdBuild()
    {
        Repository.Dotnet("coursekit build", [_cli, "build", Path.Combine(_work, "course"), "--out", Path.Combine(_work, "cold")]);
        return 0;
    }

    [IterationSetup(Targets = [nameof(EditParagraphIncremental), nameof(EditParagraphFullRebuild)])]
    public void EditParagraph()
    {
        // A different sentence each time, so every rebuild has a real change to render.
        _edits++;
        File.WriteAllText(
            Path.Combine(_work, "course", Chapter),
            _original.Replace(_paragraph, _paragraph + $" Edit {_edits}.", StringComparison.Ordinal));
    }

    [Benchmark(Baseline = true, Description = "serve rebuild after a paragraph edit, everything re-rendered")]
    public int EditParagraphFullRebuild() =>
        Check(_full!.Build(_options! with { OutputDirectory = Path.Combine(_work, "full"), Incremental = false }));

    [Benchmark(Description = "serve rebuild after a paragraph edit, incremental")]
    public int EditParagraphIncremental()
    {
        var result = _incremental!.Build(_options!);
        if (result.RenderedPages.Count != 1)
        {
            throw new InvalidOperationException($"expected one page rendered, got {string.Join(", ", result.RenderedPages)}");
        }
        return Check(result);
    }

    private void CopyCourse()
    {
        _root = Repository.Root;
        _work = Directory.CreateTempSubdirectory("coursekit-site-bench-").FullName;
        foreach (string folder in new[] { "content", "graders" })
        {
            Copy(Path.Combine(_root, folder), Path.Combine(_work, "course", folder));
        }
        _original = File.ReadAllText(Path.Combine(_work, "course", Chapter));
        // The first plain paragraph line of the chapter: not a heading, label, fence, formula, list or table.
        _paragraph = _original.Split('\n').First(l => l.Length > 40 && char.IsLetter(l[0]));
    }

    private static int Check(SiteBuildResult result) =>
        result.Succeeded ? result.Files.Count : throw new InvalidOperationException(string.Join("\n", result.Errors));

    private static void Copy(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith(".coursekit-cache", StringComparison.Ordinal))
            {
                continue;
            }
            string target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
