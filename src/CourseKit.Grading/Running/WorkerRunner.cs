using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO.Pipes;
using System.Security.Cryptography;
using CourseKit.Grading.Compiling;
using CourseKit.Grading.Worker.Protocol;

namespace CourseKit.Grading.Running;

/// <summary>
/// The run stage: starts a fresh worker for one submission, hands it the assembly and inputs over stdin,
/// and reads results only from a separate pipe whose frames carry a per-run nonce. Every limit is enforced
/// from here by killing the worker's whole process tree; nothing the worker prints is interpreted.
/// </summary>
public static class WorkerRunner
{
    // Inheritable pipe ends leak into any child started while they exist, so pipe creation, start and the
    // closing of the parent's copy happen one run at a time.
    private static readonly Lock StartLock = new();

    /// <summary>How long a worker that has answered every call gets to exit on its own before it is killed.</summary>
    private static readonly TimeSpan NaturalExit = TimeSpan.FromMilliseconds(500);

    /// <summary>True when workers run inside the bubblewrap jail on this machine.</summary>
    public static bool SandboxAvailable => Jail.Available;

    /// <summary>Why the jail is not available here (null when it is), for the loud warning.</summary>
    public static string? SandboxUnavailableReason => Jail.WhyUnavailable;

    /// <summary>The loud warning every unjailed result carries.</summary>
    public static string NoJailWarning =>
        $"WARNING: learner code ran WITHOUT the OS sandbox ({Jail.WhyUnavailable ?? "switched off"}); only the API gate, "
        + "a separate process and its limits stood between it and this machine. Install bubblewrap, or require the sandbox.";

    /// <summary>Runs a compiled submission on each input and reports raw results, never throwing for anything the submission does.</summary>
    /// <param name="compiled">The gated, emitted script.</param>
    /// <param name="entry">The method to call.</param>
    /// <param name="inputs">One argument list per call.</param>
    /// <param name="limits">Time, memory, process and output limits.</param>
    /// <param name="policy">Whether running without the jail is acceptable.</param>
    public static GradingResult Run(
        CompiledSubmission compiled,
        EntryPoint entry,
        IReadOnlyList<IReadOnlyList<RawValue>> inputs,
        GradingLimits limits,
        SandboxPolicy policy) => Run(compiled, entry, inputs, limits, policy, Jail.Available);

    /// <summary>The same, told whether the jail may be used; tests pass false to exercise the unjailed path.</summary>
    internal static GradingResult Run(
        CompiledSubmission compiled,
        EntryPoint entry,
        IReadOnlyList<IReadOnlyList<RawValue>> inputs,
        GradingLimits limits,
        SandboxPolicy policy,
        bool useJail)
    {
        var jailed = useJail && Jail.Available;
        if (!jailed && policy == SandboxPolicy.RequireSandbox)
        {
            return new GradingResult
            {
                Outcome = Outcome.Refused,
                Calls = NotRun(inputs.Count, 0),
                Cause = $"the sandbox is required but not available: {Jail.WhyUnavailable ?? "switched off"}",
            };
        }

        var clock = Stopwatch.StartNew();
        var files = WorkerFiles.Current;
        var nonce = RandomNumberGenerator.GetBytes(16);
        AnonymousPipeServerStream verdicts;
        Process worker;
        lock (StartLock)
        {
            verdicts = new AnonymousPipeServerStream(PipeDirection.In, HandleInheritability.Inheritable);
            worker = new Process { StartInfo = StartInfo(files, limits, jailed) };
            try
            {
                // bwrap's --die-with-parent watches the thread that forks it; this method stays on that thread,
                // blocked, until the worker is dead, so the signal only fires if the grader itself dies.
                worker.Start();
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                verdicts.Dispose();
                worker.Dispose();
                return new GradingResult
                {
                    Outcome = Outcome.Refused,
                    Calls = NotRun(inputs.Count, 0),
                    Cause = $"the worker could not be started: {e.Message}",
                };
            }

            verdicts.DisposeLocalCopyOfClientHandle();
        }

        using var pipe = verdicts;
        using var process = worker;
        var processId = process.Id;
        var stdout = CappedOutput.Drain(process.StandardOutput.BaseStream, limits.OutputCapBytes);
        var stderr = CappedOutput.Drain(process.StandardError.BaseStream, limits.OutputCapBytes);
        var request = new WorkerRequest
        {
            VerdictHandle = pipe.GetClientHandleAsString(),
            Nonce = nonce,
            ProcessLimit = jailed && Jail.GivesOwnUser ? limits.MaxThreads : 0,
            MemoryLimit = limits.MemoryBytes,
            ScriptClassName = compiled.ScriptClassName,
            EntryName = entry.Name,
            ParameterKinds = [.. entry.Parameters.Select(k => (WireKind)k)],
            ReturnKind = (WireKind)entry.Returns,
            Assembly = compiled.Assembly,
            Inputs = [.. inputs.Select(input => (IReadOnlyList<WireValue>)[.. input.Select(v => v.ToWire())])],
        };
        _ = Task.Run(() => SendRequest(process, request));
        var frames = new BlockingCollection<WorkerFrame?>();
        var reader = Task.Factory.StartNew(() => ReadFrames(pipe, nonce, frames), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        var session = new Session(inputs.Count, limits, clock);
        try
        {
            session.Drive(frames);
        }
        finally
        {
            // A worker that answered every call exits by itself at once; letting it saves the /proc walk of a
            // tree kill (a jailed worker's exit also ends its pid namespace, so nothing of it can remain).
            if (session.Calls.Count < inputs.Count || !process.WaitForExit(NaturalExit))
            {
                Kill(process);
            }
        }

        // The killed tree closes its ends of the output pipes; the wait is bounded in case a grandchild escaped the kill.
        Task.WaitAll([stdout.Completion, stderr.Completion], TimeSpan.FromSeconds(5));
        var errorText = stderr.Text();
        var forged = reader.Wait(TimeSpan.FromSeconds(1)) ? reader.Result : null;
        var (outcome, cause) = session.Ended ?? (forged is not null ? (Outcome.Crashed, forged) : Classify(process, errorText));
        return new GradingResult
        {
            Outcome = session.Calls.Count == inputs.Count && session.Calls.All(c => c.Outcome == Outcome.Returned) ? Outcome.Returned : outcome,
            Calls = [.. session.Calls, .. NotRun(inputs.Count, session.Calls.Count, outcome, cause)],
            Cause = string.IsNullOrEmpty(cause) ? null : cause,
            Stdout = stdout.Text(),
            Stderr = errorText,
            OutputTruncated = stdout.Truncated || stderr.Truncated,
            Sandboxed = jailed,
            Warnings = jailed ? [] : [NoJailWarning],
            RunTime = clock.Elapsed,
            WorkerProcessId = processId,
        };
    }

    private static ProcessStartInfo StartInfo(WorkerFiles files, GradingLimits limits, bool jailed)
    {
        var (fileName, arguments) = Jail.Command(files, jailed, Jail.PickUserId());
        var start = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = jailed ? "/" : Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A clean environment: nothing of the grader's (tokens, paths, instructor settings) reaches learner code.
        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/bin:/bin";
        start.Environment["HOME"] = "/tmp";
        start.Environment["TMPDIR"] = "/tmp";
        start.Environment["LANG"] = "C.UTF-8";
        start.Environment["DOTNET_ROOT"] = files.DotnetRoot;
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + limits.HeapBytes.ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_GCgen0size"] = "0x1000000";
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        // No debugger/profiler IPC socket in /tmp, no crash dumps or reports on disk.
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        start.Environment["DOTNET_EnableCrashReport"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return start;
    }

    private static void SendRequest(Process process, WorkerRequest request)
    {
        try
        {
            using var stdin = process.StandardInput.BaseStream;
            request.Write(stdin);
        }
        catch (IOException)
        {
            // The worker died before reading its request; the session reports how.
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>Moves frames from the pipe to the session; returns why the channel broke, or null at a clean end.</summary>
    private static string? ReadFrames(Stream pipe, byte[] nonce, BlockingCollection<WorkerFrame?> frames)
    {
        try
        {
            while (WorkerFrame.Read(pipe, nonce) is { } frame)
            {
                frames.Add(frame);
            }

            return null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or ObjectDisposedException)
        {
            // A torn or forged frame ends the conversation; nothing after it is believed.
            return $"the verdict channel received data that did not come from the grader's worker ({e.Message})";
        }
        finally
        {
            frames.Add(null);
            frames.CompleteAdding();
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit(5_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (System.ComponentModel.Win32Exception)
        {
        }
    }

    /// <summary>
    /// Names why a worker ended without saying "done". The runtime writes its last words to stderr, which
    /// the learner can also write to, so the cause is advisory; the outcome is a failure either way.
    /// </summary>
    private static (Outcome, string) Classify(Process process, string stderr)
    {
        var code = process.HasExited ? process.ExitCode : -1;
        if (stderr.Contains("Stack overflow", StringComparison.Ordinal))
        {
            return (Outcome.Crashed, "stack overflow (too deep recursion?)");
        }

        if (stderr.Contains("OutOfMemoryException", StringComparison.Ordinal))
        {
            return (Outcome.MemoryLimit, "out of memory");
        }

        if (stderr.Contains("Process terminated.", StringComparison.Ordinal))
        {
            return (Outcome.Crashed, "the process terminated itself (Environment.FailFast)");
        }

        if (stderr.Contains("Unhandled exception.", StringComparison.Ordinal))
        {
            return (Outcome.Crashed, "an unhandled exception outside the graded call (a background thread or async void)");
        }

        return (Outcome.Crashed, $"the worker exited early with code {code}");
    }

    private static IEnumerable<CallResult> NotRun(int total, int from, Outcome first = Outcome.NotRun, string? cause = null)
    {
        for (var i = from; i < total; i++)
        {
            yield return i == from && first != Outcome.NotRun
                ? new CallResult(i, first, null, cause)
                : new CallResult(i, Outcome.NotRun, null, null);
        }
    }

    private static IReadOnlyList<CallResult> NotRun(int total, int from) => [.. NotRun(total, from, Outcome.NotRun)];

    /// <summary>Follows the worker's frames against the clock: start-up, then one deadline per call.</summary>
    private sealed class Session(int total, GradingLimits limits, Stopwatch clock)
    {
        public List<CallResult> Calls { get; } = [];

        /// <summary>How it ended when the session itself decided (timeout, load failure); null when the worker just died.</summary>
        public (Outcome, string)? Ended { get; private set; }

        public void Drive(BlockingCollection<WorkerFrame?> frames)
        {
            var first = Next(frames, limits.StartTimeout, "starting the worker and running the top-level statements");
            switch (first?.Type)
            {
                case null:
                    return;
                case FrameType.Ready:
                    break;
                case FrameType.MissingEntry:
                    Ended = (Outcome.MissingEntry, first.Text ?? "entry method not found");
                    return;
                case FrameType.LoadThrew:
                    Ended = (Outcome.Threw, $"the top-level statements threw {first.Text}");
                    return;
                default:
                    Ended = (Outcome.Crashed, "the worker spoke out of turn");
                    return;
            }

            while (Calls.Count < total)
            {
                var frame = Next(frames, limits.CallTimeout, $"call {Calls.Count + 1}");
                if (frame is null)
                {
                    return;
                }

                if (frame.Index != Calls.Count || frame.Type is not (FrameType.Returned or FrameType.BadOutput or FrameType.Threw))
                {
                    Ended = (Outcome.Crashed, "the worker spoke out of turn");
                    return;
                }

                Calls.Add(frame.Type switch
                {
                    FrameType.Returned => new CallResult(frame.Index, Outcome.Returned, RawValue.FromWire(frame.Value!), null),
                    FrameType.BadOutput => new CallResult(frame.Index, Outcome.BadOutput, null, frame.Text),
                    _ when frame.Text?.StartsWith("System.OutOfMemoryException", StringComparison.Ordinal) == true =>
                        new CallResult(frame.Index, Outcome.MemoryLimit, null, frame.Text),
                    _ => new CallResult(frame.Index, Outcome.Threw, null, frame.Text),
                });
            }

            var failed = Calls.FirstOrDefault(c => c.Outcome != Outcome.Returned);
            Ended = failed is null ? (Outcome.Returned, string.Empty) : (failed.Outcome, failed.Detail ?? string.Empty);
        }

        /// <summary>The next frame within the phase's limit and the submission's, or null with <see cref="Ended"/> set on a timeout.</summary>
        private WorkerFrame? Next(BlockingCollection<WorkerFrame?> frames, TimeSpan phase, string what)
        {
            var remaining = limits.SubmissionTimeout - clock.Elapsed;
            var wait = phase < remaining ? phase : remaining;
            if (wait > TimeSpan.Zero && frames.TryTake(out var frame, wait))
            {
                return frame;
            }

            var limit = phase < remaining ? phase : limits.SubmissionTimeout;
            Ended = (Outcome.Timeout, $"{what} took longer than {limit.TotalSeconds:0.#} s");
            return null;
        }
    }
}
