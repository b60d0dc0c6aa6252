using System.ComponentModel;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace CourseKit.Site;

/// <summary>What <see cref="NpmRestore.EnsureRestored"/> found or did.</summary>
public enum NpmRestoreStatus
{
    /// <summary>node_modules was already restored from the current lock file; nothing ran.</summary>
    UpToDate,

    /// <summary><c>npm ci</c> ran and succeeded.</summary>
    Restored,

    /// <summary><c>npm ci</c> could not run or failed; <see cref="NpmRestoreResult.Log"/> says why.</summary>
    Failed,
}

/// <summary>The outcome of restoring the site's npm packages, with npm's output for the build log.</summary>
/// <param name="Status">Whether anything ran and whether it worked.</param>
/// <param name="Log">npm's combined output, or why npm could not be started; empty when up to date.</param>
public sealed record NpmRestoreResult(NpmRestoreStatus Status, string Log)
{
    /// <summary>True unless the restore failed.</summary>
    public bool Succeeded => Status != NpmRestoreStatus.Failed;
}

/// <summary>
/// Restores the npm packages pinned in <c>site/package-lock.json</c> (Temml, fonts) with <c>npm ci</c> when
/// <c>site/node_modules</c> is missing or older than the lock file, so a fresh clone builds with nothing
/// but the .NET SDK and Node.js.
/// </summary>
public static class NpmRestore
{
    private static readonly TimeSpan NpmTimeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Runs <c>npm ci</c> in <paramref name="siteDirectory"/> when needed. Safe to call from several
    /// processes at once (test runs, <c>serve</c>): a lock file in the temp folder lets one restore at a time.
    /// </summary>
    public static NpmRestoreResult EnsureRestored(string siteDirectory)
    {
        string site = Path.GetFullPath(siteDirectory);
        if (IsUpToDate(site))
        {
            return new NpmRestoreResult(NpmRestoreStatus.UpToDate, "");
        }
        using var siteLock = AcquireLock(site);
        // Another process may have restored while this one waited for the lock.
        return IsUpToDate(site) ? new NpmRestoreResult(NpmRestoreStatus.UpToDate, "") : RunNpmCi(site);
    }

    /// <summary>True when node_modules was completed by npm (its hidden lock file exists) after the last change to package-lock.json.</summary>
    public static bool IsUpToDate(string siteDirectory)
    {
        string lockFile = Path.Combine(siteDirectory, "package-lock.json");
        // npm writes node_modules/.package-lock.json last, so its presence means an install finished.
        string installed = Path.Combine(siteDirectory, "node_modules", ".package-lock.json");
        return File.Exists(installed) && File.GetLastWriteTimeUtc(installed) >= File.GetLastWriteTimeUtc(lockFile);
    }

    private static NpmRestoreResult RunNpmCi(string site)
    {
        if (!File.Exists(Path.Combine(site, "package-lock.json")))
        {
            return new NpmRestoreResult(NpmRestoreStatus.Failed, $"No package-lock.json in {site}.");
        }
        var start = new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm")
        {
            WorkingDirectory = site,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "ci", "--prefer-offline", "--no-audit", "--no-fund" })
        {
            start.ArgumentList.Add(argument);
        }
        var output = new StringBuilder();
        try
        {
            using var npm = new Process { StartInfo = start };
            npm.OutputDataReceived += (_, e) => Append(output, e.Data);
            npm.ErrorDataReceived += (_, e) => Append(output, e.Data);
            npm.Start();
            npm.BeginOutputReadLine();
            npm.BeginErrorReadLine();
            if (!npm.WaitForExit(NpmTimeout))
            {
                npm.Kill(entireProcessTree: true);
                return new NpmRestoreResult(NpmRestoreStatus.Failed, $"npm ci took longer than {NpmTimeout.TotalMinutes} minutes.\n{output}");
            }
            npm.WaitForExit(); // flushes the asynchronous output readers
            return npm.ExitCode == 0
                ? new NpmRestoreResult(NpmRestoreStatus.Restored, output.ToString())
                : new NpmRestoreResult(NpmRestoreStatus.Failed, $"npm ci exited with {npm.ExitCode}.\n{output}");
        }
        catch (Win32Exception e)
        {
            return new NpmRestoreResult(NpmRestoreStatus.Failed, $"npm could not be started ({e.Message}); install Node.js 20 or later.");
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

    private static FileStream AcquireLock(string site)
    {
        string name = "coursekit-npm-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(site)))[..16] + ".lock";
        string path = Path.Combine(Path.GetTempPath(), name);
        var deadline = DateTime.UtcNow + NpmTimeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
        }
    }
}
