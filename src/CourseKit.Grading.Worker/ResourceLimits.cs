using System.Runtime.InteropServices;

namespace CourseKit.Grading.Worker;

/// <summary>
/// Lowers the worker's own resource limits before any learner code loads: no core files, a bound on writable private
/// memory (which catches native allocations the managed heap limit does not see), and, when the grader asks, at most
/// so many processes and threads for the worker's user. Hard limits go down with the soft ones, and an
/// unprivileged process can never raise a hard limit again, so learner code cannot undo this. Doing it here rather
/// than through <c>prlimit</c> saves one program start per submission.
/// </summary>
internal static partial class ResourceLimits
{
    private const int RlimitData = 2;
    private const int RlimitCore = 4;
    private const int RlimitNproc = 6;

    /// <summary>Applies the limits; returns why one could not be set, or null.</summary>
    /// <param name="maxProcesses">RLIMIT_NPROC for the worker's user, or 0 to leave it (the grader could not give the worker a user of its own).</param>
    /// <param name="maxMemory">RLIMIT_DATA in bytes, or 0 to leave it.</param>
    public static string? Apply(int maxProcesses, long maxMemory)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        return Set(RlimitCore, 0, "core file size")
            ?? (maxMemory > 0 ? Set(RlimitData, (ulong)maxMemory, "memory") : null)
            ?? (maxProcesses > 0 ? Set(RlimitNproc, (ulong)maxProcesses, "processes") : null);
    }

    private static string? Set(int resource, ulong value, string name)
    {
        var limit = new RLimit { Current = value, Maximum = value };
        return SetRLimit(resource, limit) == 0 ? null : $"cannot limit {name} to {value} (errno {Marshal.GetLastPInvokeError()})";
    }

    [LibraryImport("libc", EntryPoint = "setrlimit", SetLastError = true)]
    private static partial int SetRLimit(int resource, in RLimit limit);

    /// <summary>Linux's <c>struct rlimit</c> on 64-bit targets.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct RLimit
    {
        public ulong Current;
        public ulong Maximum;
    }
}
