using System.Diagnostics;

namespace CourseKit.Grading.Running;

/// <summary>
/// Builds the command that starts a worker: bubblewrap (no network, no other processes, a read-only view of
/// /usr, the .NET runtime and the worker's own files, a private /tmp) under an unprivileged user with a
/// process/thread limit, or, where bubblewrap does not work, the bare worker process.
/// </summary>
internal static class Jail
{
    private const int Nobody = 65534;
    private const string WorkerMount = "/worker";

    private static readonly Lazy<string?> Unavailable = new(Probe);

    /// <summary>True when the jail was tried on this machine and works.</summary>
    public static bool Available => Unavailable.Value is null;

    /// <summary>Why the jail cannot be used here, or null when it can.</summary>
    public static string? WhyUnavailable => Unavailable.Value;

    private static bool IsRoot => Environment.UserName == "root";

    /// <summary>The program and arguments that run the worker, jailed or not.</summary>
    /// <param name="files">The worker's files.</param>
    /// <param name="jailed">Whether to use bubblewrap.</param>
    /// <param name="uid">The unprivileged user id the jailed worker runs as; see <see cref="PickUserId"/>.</param>
    public static (string FileName, IReadOnlyList<string> Arguments) Command(WorkerFiles files, bool jailed, int uid)
    {
        var args = new List<string>();
        if (jailed)
        {
            args.AddRange(Prefix(uid));
            args.AddRange(BwrapOptions(files));
            args.AddRange(["--", files.Muxer, "exec", "--runtimeconfig", $"{WorkerMount}/{WorkerFiles.RuntimeConfig}", $"{WorkerMount}/{WorkerFiles.WorkerAssembly}"]);
        }
        else
        {
            // Without the jail, limits come from the runtime (heap), the worker itself (no core files) and the grader's clock.
            args.AddRange([files.Muxer, "exec", "--runtimeconfig",
                Path.Combine(files.Directory, WorkerFiles.RuntimeConfig), Path.Combine(files.Directory, WorkerFiles.WorkerAssembly)]);
        }

        return (args[0], args.Skip(1).ToArray());
    }

    /// <summary>
    /// A user id of its own for one run. RLIMIT_NPROC counts all processes and threads of a user, so workers
    /// running side by side under one id would share (and exhaust) one budget; distinct ids also keep
    /// concurrent workers from signalling each other. No file belongs to these ids.
    /// </summary>
    public static int PickUserId() => System.Security.Cryptography.RandomNumberGenerator.GetInt32(FirstWorkerId, FirstWorkerId + WorkerIds);

    /// <summary>The range <see cref="PickUserId"/> draws from.</summary>
    public const int FirstWorkerId = 200_000;

    /// <summary>Size of that range.</summary>
    public const int WorkerIds = 800_000;

    /// <summary>
    /// Whether a jailed worker runs under a user id of its own, and so can be given a process limit: only a root
    /// grader can change user. RLIMIT_NPROC is not enforced for root, and it counts threads too, so a fork or
    /// thread storm stops at the limit. A grader that is not root cannot change user, and its own processes
    /// already count against that user's limit, so there the process limit is left to the jail's pid namespace
    /// (and the gate).
    /// </summary>
    public static bool GivesOwnUser => IsRoot;

    /// <summary>
    /// Drops to an unprivileged user (root graders only, see <see cref="GivesOwnUser"/>). The worker then sets its
    /// own process and core-file limits before it loads learner code (one program start less than <c>prlimit</c>).
    /// </summary>
    private static IEnumerable<string> Prefix(int uid)
    {
        if (IsRoot)
        {
            yield return "setpriv";
            yield return $"--reuid={uid}";
            yield return $"--regid={uid}";
            yield return "--clear-groups";
            yield return "--";
        }

        yield return "bwrap";
    }

    private static IEnumerable<string> BwrapOptions(WorkerFiles files)
    {
        string[] isolation =
        [
            "--unshare-user", "--unshare-net", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
            "--die-with-parent", "--new-session", "--ro-bind", "/usr", "/usr", "--proc", "/proc", "--dev", "/dev",
            "--tmpfs", "/tmp", "--chdir", "/tmp",
        ];
        foreach (var option in isolation)
        {
            yield return option;
        }

        // Merged-/usr systems link these into /usr; older ones have real directories.
        foreach (var top in new[] { "/bin", "/lib", "/lib64", "/sbin" })
        {
            var info = new DirectoryInfo(top);
            if (info.LinkTarget is { } target)
            {
                yield return "--symlink";
                yield return target;
                yield return top;
            }
            else if (info.Exists)
            {
                yield return "--ro-bind";
                yield return top;
                yield return top;
            }
        }

        if (!files.DotnetRoot.StartsWith("/usr/", StringComparison.Ordinal))
        {
            yield return "--ro-bind";
            yield return files.DotnetRoot;
            yield return files.DotnetRoot;
        }

        foreach (var file in files.Files)
        {
            yield return "--ro-bind";
            yield return Path.Combine(files.Directory, file);
            yield return $"{WorkerMount}/{file}";
        }

        foreach (var (source, target) in files.Extra)
        {
            yield return "--ro-bind";
            yield return source;
            yield return $"{WorkerMount}/{target}";
        }
    }

    /// <summary>Runs the jail once with a trivial command; any failure (no bwrap, no user namespaces) disables it.</summary>
    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "bubblewrap needs Linux";
        }

        WorkerFiles files;
        try
        {
            files = WorkerFiles.Current;
        }
        catch (FileNotFoundException e)
        {
            return e.Message;
        }

        var args = new List<string>(Prefix(Nobody));
        args.AddRange(BwrapOptions(files));
        args.AddRange(["--", "/usr/bin/test", "-r", $"{WorkerMount}/{WorkerFiles.WorkerAssembly}"]);
        var start = new ProcessStartInfo(args[0]) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var probe = Process.Start(start)!;
            var error = probe.StandardError.ReadToEndAsync();
            if (!probe.WaitForExit(10_000))
            {
                probe.Kill(entireProcessTree: true);
                return "bubblewrap did not answer within 10 s";
            }

            return probe.ExitCode == 0 ? null : $"bubblewrap failed ({probe.ExitCode}): {error.Result.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"cannot start {args[0]}: {e.Message}";
        }
    }
}
