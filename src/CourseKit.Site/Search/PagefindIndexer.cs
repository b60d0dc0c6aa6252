using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using CourseKit.Site.Pipeline;

namespace CourseKit.Site.Search;

/// <summary>
/// Builds the search index with Pagefind (pinned in the theme's package-lock.json; it ships its own native
/// binary), after the pages are written. Pagefind splits the index by each page's <c>lang</c>, so Chinese
/// pages are searched as Chinese.
/// </summary>
public sealed class PagefindIndexer : IRenderer
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <inheritdoc />
    public string Name => "search";

    /// <inheritdoc />
    public void Render(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Options.Search)
        {
            return;
        }
        if (context.Options.DeferSearch)
        {
            return; // serve refreshes the index itself, after the reload
        }
        if (Run(context.Services.ThemeDirectory, context.Options.OutputDirectory) is { } error)
        {
            context.Error(SiteDiagnosticCodes.ThemeError, "site/package.json", 0, 0, error, "run `npm ci` in site/ and check that Node.js runs");
            return;
        }
        string index = Path.Combine(context.Options.OutputDirectory, "pagefind");
        foreach (string file in Directory.EnumerateFiles(index, "*", SearchOption.AllDirectories))
        {
            context.WrittenFiles.Add(Path.GetRelativePath(context.Options.OutputDirectory, file).Replace(Path.DirectorySeparatorChar, '/'));
        }
    }

    /// <summary>Indexes the site in <paramref name="outputDirectory"/>; returns null on success, else why it failed.</summary>
    public static string? Run(string themeDirectory, string outputDirectory)
    {
        string theme = themeDirectory;
        string script = Path.Combine(theme, "node_modules", "pagefind", "lib", "runner", "bin.cjs");
        if (!File.Exists(script))
        {
            return "Pagefind is not installed in the theme's node_modules";
        }
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = theme,
        };
        foreach (string argument in new[] { script, "--site", outputDirectory, "--silent" })
        {
            start.ArgumentList.Add(argument);
        }
        var output = new StringBuilder();
        try
        {
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return $"Pagefind took longer than {Timeout.TotalSeconds} s";
            }
            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"Pagefind failed ({process.ExitCode}): {output}";
        }
        catch (Win32Exception e)
        {
            return $"node could not be started ({e.Message}); install Node.js 20 or later";
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
