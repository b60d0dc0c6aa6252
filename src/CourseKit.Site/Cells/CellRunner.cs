using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text;
using CourseKit.Autograd;
using CourseKit.Plotting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace CourseKit.Site.Cells;

/// <summary>
/// Runs a document's executable cells through Roslyn scripting, in order and sharing state like a notebook,
/// with the engine and the plotting helpers imported (<c>using static CourseKit.Plotting.Figures;</c>).
/// </summary>
/// <remarks>Cells run one at a time: each redirects <see cref="Console.Out"/> while it runs.</remarks>
public sealed class CellRunner
{
    // The first submission of every session: Roslyn's options can import namespaces but not static classes,
    // and usings of earlier submissions stay in scope for later ones.
    private const string Prologue = "using static CourseKit.Plotting.Figures;";

    private static readonly ScriptOptions Options = ScriptOptions.Default
        .WithReferences(typeof(Tensor).Assembly, typeof(Figures).Assembly, typeof(ScottPlot.Plot).Assembly)
        .WithImports(
            "System", "System.Linq", "System.Collections.Generic", "System.Text",
            "CourseKit.Autograd", "CourseKit.Plotting")
        .WithOptimizationLevel(OptimizationLevel.Debug)
        .WithEmitDebugInformation(true)
        .WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Preview);

    // Process-wide: Console.Out is one per process, so two runners capturing at once would swap outputs.
    private static readonly Lock Gate = new();

    // Cells may recurse deeper than a thread-pool thread's default stack would allow.
    private const int CellStackSize = 16 * 1024 * 1024;

    /// <summary>Starts a notebook session without a time limit: cells run in it see what earlier cells defined.</summary>
    public Session StartSession() => new(this, Timeout.InfiniteTimeSpan);

    /// <summary>
    /// Starts a notebook session in which each cell may run for at most <paramref name="timeLimit"/> (compiling
    /// it does not count); a cell still running then fails with <see cref="CellFailure.TimedOut"/>.
    /// </summary>
    public Session StartSession(TimeSpan timeLimit) => new(this, timeLimit);

    /// <summary>Formats a cell's final value the way the page shows it (invariant culture; sequences as <c>[a, b]</c>).</summary>
    public static string FormatValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder();
        Append(text, value, depth: 0);
        return text.ToString();
    }

    private static void Append(StringBuilder text, object? value, int depth)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                text.Append(s);
                break;
            case bool b:
                text.Append(b ? "True" : "False");
                break;
            case IFormattable formattable when value is not IEnumerable:
                text.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            case IEnumerable sequence when depth < 4 && value is not Tensor:
                text.Append('[');
                int count = 0;
                foreach (object? item in sequence)
                {
                    if (count > 0)
                    {
                        text.Append(", ");
                    }
                    if (++count > 100)
                    {
                        text.Append("...");
                        break;
                    }
                    Append(text, item, depth + 1);
                }
                text.Append(']');
                break;
            default:
                text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>One document's run of cells: the notebook state, carried from cell to cell.</summary>
    /// <remarks>
    /// Each cell runs on a thread of its own so that the build can give up on it: .NET cannot stop a thread
    /// from outside, and a cancellation token does nothing to a tight loop. A cell past its time limit is
    /// therefore abandoned, still running, on a background thread that does not keep the process alive;
    /// <c>build</c> exits with the error, <c>serve</c> carries on (the thread spins until serve stops). That is
    /// acceptable only because cells are the instructor's own code, trusted like the rest of the course —
    /// learners' code never runs here but in the grader's jailed, killable worker process.
    /// </remarks>
    public sealed class Session
    {
        private readonly CellRunner runner;
        private readonly TimeSpan timeLimit;
        private ScriptState<object>? state;
        private bool abandoned;

        internal Session(CellRunner runner, TimeSpan timeLimit)
        {
            this.runner = runner;
            this.timeLimit = timeLimit;
        }

        /// <summary>Runs the next cell; returns its output, or null with <paramref name="failure"/> set.</summary>
        public CellOutput? Run(string code, out CellFailure? failure)
        {
            ArgumentNullException.ThrowIfNull(code);
            lock (Gate)
            {
                if (abandoned)
                {
                    failure = new CellFailure(false, null, null, "an earlier cell of this session ran past its time limit, so the notebook state is lost") { TimedOut = true };
                    return null;
                }
                var console = Console.Out;
                var culture = CultureInfo.CurrentCulture;
                var captured = new StringWriter(CultureInfo.InvariantCulture);
                try
                {
                    // Figures and numbers must not depend on the machine that builds the site.
                    CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
                    if (state is null)
                    {
                        Figures.SetFigsize();
                        state = CSharpScript.RunAsync(Prologue, Options).GetAwaiter().GetResult();
                    }
                    // Compiled here, outside the limit: the limit is for the cell's own running time.
                    var script = state.Script.ContinueWith(code, Options);
                    if (CompileFailure(script.Compile()) is { } compileError)
                    {
                        failure = compileError;
                        return null;
                    }
                    Console.SetOut(captured);
                    var previous = state;
                    if (!RunWithin(() => script.RunFromAsync(previous).GetAwaiter().GetResult(), timeLimit, out var next))
                    {
                        abandoned = true;
                        failure = new CellFailure(false, null, null, $"still running after {Describe(timeLimit)}") { TimedOut = true };
                        return null; // captured is left to the abandoned thread, which may still write to it
                    }
                    state = next;
                }
                catch (CompilationErrorException e)
                {
                    failure = CompileFailure(e.Diagnostics) ?? new CellFailure(true, null, null, e.Message);
                    return null;
                }
#pragma warning disable CA1031 // A cell may throw anything; the author gets it as a build error, not a crash.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    var inner = e is TargetInvocationException { InnerException: { } wrapped } ? wrapped : e;
                    failure = new CellFailure(false, ScriptLine(inner), null, $"{inner.GetType().Name}: {inner.Message}");
                    return null;
                }
                finally
                {
                    Console.SetOut(console);
                    CultureInfo.CurrentCulture = culture;
                }
                failure = null;
                object? value = state.ReturnValue;
                string stdout = captured.ToString();
                captured.Dispose();
                return value switch
                {
                    null => new CellOutput(stdout, null, null),
                    ScottPlot.Plot plot => new CellOutput(stdout, null, Figures.ToSvg(plot)),
                    _ => new CellOutput(stdout, FormatValue(value), null),
                };
            }
        }

        /// <summary>Says a limit the way course.yml writes it (<c>30s</c>, <c>500ms</c>).</summary>
        public static string Describe(TimeSpan limit) =>
            limit.TotalSeconds >= 1 && limit.TotalSeconds == Math.Floor(limit.TotalSeconds)
                ? limit.TotalSeconds.ToString(CultureInfo.InvariantCulture) + "s"
                : limit.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture) + "ms";

        // Runs the cell on a background thread and waits at most `limit`; an exception of the cell is rethrown
        // here with its stack trace, so the line of the throw can still be found.
        private static bool RunWithin(Func<ScriptState<object>> run, TimeSpan limit, [NotNullWhen(true)] out ScriptState<object>? result)
        {
            ScriptState<object>? finished = null;
            ExceptionDispatchInfo? thrown = null;
            var thread = new Thread(
                () =>
                {
                    CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
                    try
                    {
                        finished = run();
                    }
#pragma warning disable CA1031 // handed to the waiting thread, which reports it
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        thrown = ExceptionDispatchInfo.Capture(e);
                    }
                },
                CellStackSize)
            {
                IsBackground = true, // an abandoned cell must not keep the process alive
                Name = "coursekit cell",
            };
            thread.Start();
            if (!thread.Join(limit))
            {
                result = null;
                return false;
            }
            thrown?.Throw();
            result = finished!;
            return true;
        }

        private static CellFailure? CompileFailure(IEnumerable<Diagnostic> diagnostics)
        {
            var first = diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
            if (first is null)
            {
                return null;
            }
            var position = first.Location.GetLineSpan().StartLinePosition;
            return new CellFailure(true, position.Line + 1, position.Character + 1, $"{first.Id}: {first.GetMessage(CultureInfo.InvariantCulture)}");
        }

        // Scripts compile with debug information, so the submission's frame (Submission#N, or its async
        // state machine Submission#N+<<Initialize>>d__0) knows the line within the cell.
        private static int? ScriptLine(Exception e)
        {
            foreach (var frame in new System.Diagnostics.StackTrace(e, fNeedFileInfo: true).GetFrames())
            {
                int line = frame.GetFileLineNumber();
                if (line > 0 && frame.GetMethod()?.DeclaringType?.FullName?.StartsWith("Submission#", StringComparison.Ordinal) == true)
                {
                    return line;
                }
            }
            return null;
        }
    }
}
