using System.CommandLine;
using System.Globalization;
using CourseKit.Content.Diagnostics;
using CourseKit.Site.Building;
using CourseKit.Site.Checking;

namespace CourseKit.Cli.Commands;

/// <summary><c>coursekit build [dir] [--out _site]</c>: build the course website (pages, math, cells, search) into a folder.</summary>
internal sealed class BuildCommand : Command
{
    private readonly Argument<string?> directory = new("dir")
    {
        Description = "The course folder (the one holding content/). Default: found upward from the current folder.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<string> output = new("--out")
    {
        Description = "The folder to write the site to (emptied first), relative to the course folder.",
        DefaultValueFactory = _ => "_site",
    };

    private readonly Option<bool> checkExternal = new("--check-external")
    {
        Description = "Also check every external (http/https) link of the site, each URL once, a few at a time: "
            + "a link that is not found is an error, one that is down or too slow a warning. Off by default, so builds need no network.",
    };

    public BuildCommand(CliConsole console)
        : base(
            "build",
            "Build the course website: every chapter in every language, with math, highlighted code, the output of its cells, "
            + "exercises and search. Exit 0 when built, 1 on errors (file(line,col): error CK…), 2 on usage errors.\n\n"
            + "Examples:\n  coursekit build\n  coursekit build ~/courses/calculus --out public\n  coursekit build --check-external")
    {
        Arguments.Add(directory);
        Options.Add(output);
        Options.Add(checkExternal);
        SetAction(parse => Run(console, parse.GetValue(directory), parse.GetValue(output) ?? "_site", parse.GetValue(checkExternal)));
    }

    /// <summary>Finds the course and theme, or writes why not; shared with <c>serve</c>.</summary>
    internal static SiteBuildOptions? Resolve(CliConsole console, string? dir, string output)
    {
        if (CourseRoot.Find(console, dir) is not { } root)
        {
            return null;
        }
        if (SiteBuildOptions.FindTheme(root) is not { } theme)
        {
            console.Error.WriteLine($"coursekit: no theme: '{root}' has no site/templates and this coursekit has no site/ folder of its own");
            return null;
        }
        return new SiteBuildOptions(root, theme, Path.GetFullPath(Path.Combine(root, output)));
    }

    /// <summary>Prints a build's diagnostics and a one-line summary.</summary>
    internal static void Report(CliConsole console, SiteBuildOptions options, SiteBuildResult result)
    {
        // Infos (such as "no sample submissions") are for `check`; a build shows what blocks or risks the site.
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
        {
            console.Out.WriteLine(diagnostic.ToString());
        }
        string seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        string stages = string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms"));
        console.Out.WriteLine(result.Succeeded
            ? $"build succeeded: {result.Files.Count(f => f.EndsWith(".html", StringComparison.Ordinal))} pages in {options.OutputDirectory} in {seconds} s "
              + $"(cells: {result.CellsExecuted} run, {result.CellsCached} cached; {stages})"
            : $"build failed: {result.Errors.Count()} error(s) in {seconds} s");
    }

    private static int Run(CliConsole console, string? dir, string output, bool checkExternal)
    {
        if (Resolve(console, dir, output) is not { } found)
        {
            return ExitCodes.Usage;
        }
        var options = checkExternal ? found with { CheckExternalLinks = new ExternalLinkCheckOptions() } : found;
        var result = SiteBuilder.BuildOnce(options);
        Report(console, options, result);
        return result.Succeeded ? ExitCodes.Success : ExitCodes.Failure;
    }
}
