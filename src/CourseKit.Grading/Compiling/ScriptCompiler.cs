using System.Diagnostics;
using System.Globalization;
using System.Text;
using CourseKit.Grading.Gate;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Scripting.Hosting;

namespace CourseKit.Grading.Compiling;

/// <summary>
/// The compile stage: size check, Roslyn scripting compilation against <see cref="CompileReferences"/>,
/// the <see cref="SemanticGate"/>, the entry-point check and emit, all under one time limit. Failures are
/// results with the learner's line numbers, never exceptions.
/// </summary>
/// <remarks>
/// Runs in the calling process on its own thread. A compile that outlives its limit is cancelled and
/// abandoned: Roslyn notices the token within a moment in most phases, and the result is reported at the
/// deadline either way.
/// </remarks>
public static class ScriptCompiler
{
    private const string FileName = "submission.csx";

    private static readonly ScriptOptions Options = ScriptOptions.Default
        .WithReferences(CompileReferences.Default)
        .WithImports("System", "System.Linq", "System.Collections.Generic", "CourseKit.Autograd")
        .WithMetadataResolver(ResolveNothing.Metadata)
        .WithSourceResolver(ResolveNothing.Instance)
        .WithAllowUnsafe(false)
        .WithCheckOverflow(false)
        .WithOptimizationLevel(OptimizationLevel.Release)
        .WithEmitDebugInformation(false)
        .WithLanguageVersion(LanguageVersion.Latest)
        .WithFilePath(FileName)
        .WithFileEncoding(Encoding.UTF8);

    // Plot exercises compile against ScottPlot as well; everyone else never sees it.
    private static readonly Lazy<ScriptOptions> PlotOptions = new(() => Options.WithReferences(CompileReferences.Plots));

    // Given no loader, CSharpScript.Create makes one per script, and each owns a non-collectible AssemblyLoadContext
    // that lives as long as the process: about 0.7 KB of managed heap (and a native binder) per submission, forever.
    // Scripts compiled here are only emitted, never loaded in this process, so one loader serves them all.
    private static readonly InteractiveAssemblyLoader NeverLoads = new();

    /// <summary>Deeper nesting of lambdas is refused before binding: overload resolution is exponential in it.</summary>
    public const int MaxLambdaNesting = 6;

    /// <summary>Deeper nesting of brackets is refused before parsing: parts of Roslyn's parser recurse per level.</summary>
    public const int MaxBracketNesting = 64;

    /// <summary>
    /// The compile thread's stack. Roslyn guards most recursion by checking the remaining stack, but not all
    /// of it (60,000 nested parentheses overflow a 1.5 MB stack in the parser and kill the process); the
    /// bracket limit is the first defence, a large, lazily committed stack the second.
    /// </summary>
    private const int CompilerStackBytes = 256 * 1024 * 1024;

    private static readonly Lazy<TimeSpan> WarmUpTime = new(() =>
    {
        // A representative script through every phase (bind, gate, diagnostics, emit), so the JIT work of a
        // cold process is done here rather than inside the first learner's time limit.
        const string Sample = "using System.Linq;\nvar xs = new[] { 1.0, 2.0 };\ndouble F(double x) => xs.Select(v => Math.Sin(v) * x).Sum();";
        var clock = Stopwatch.StartNew();
        _ = CompileCore(Sample, new EntryPoint("F", [ValueKind.Scalar], ValueKind.Scalar), [], ApiAllowlist.Default, gate: true, CancellationToken.None);
        return clock.Elapsed;
    });

    private static int _runaways;

    /// <summary>
    /// Compiles that ran past their limit and have not stopped yet. Roslyn does not check for cancellation
    /// everywhere, so such a thread may keep a core busy; a batch grader can watch this number and restart
    /// its process when it stays above zero.
    /// </summary>
    public static int RunawayCompiles => Volatile.Read(ref _runaways);

    /// <summary>
    /// Loads Roslyn and the references once (seconds on a cold process) so that time is not charged to the
    /// first learner's compile limit. Returns how long that took; later calls return at once.
    /// </summary>
    public static TimeSpan WarmUp() => WarmUpTime.Value;

    /// <summary>Compiles, gates and emits a submission.</summary>
    /// <param name="submission">The learner's script.</param>
    /// <param name="entry">The method the script must define.</param>
    /// <param name="forbiddenIdentifiers">Names this exercise forbids.</param>
    /// <param name="limits">Source size and compile time limits.</param>
    /// <param name="allowlist">What the script may use; <see cref="ApiAllowlist.For"/> the entry when null.</param>
    public static CompileResult Compile(
        Submission submission,
        EntryPoint entry,
        IReadOnlyCollection<string> forbiddenIdentifiers,
        GradingLimits limits,
        ApiAllowlist? allowlist = null) =>
        Compile(submission, entry, forbiddenIdentifiers, limits, allowlist ?? ApiAllowlist.For(entry), gate: true);

    internal static CompileResult Compile(
        Submission submission,
        EntryPoint entry,
        IReadOnlyCollection<string> forbiddenIdentifiers,
        GradingLimits limits,
        ApiAllowlist allowlist,
        bool gate)
    {
        WarmUp();
        var clock = Stopwatch.StartNew();
        var size = Encoding.UTF8.GetByteCount(submission.Source);
        if (size > limits.MaxSourceBytes)
        {
            return CompileResult.Failed(Outcome.CompileError, new GradingDiagnostic(
                0, 0, "CK0001", $"the file is {Kilobytes(size)}; submissions are limited to {Kilobytes(limits.MaxSourceBytes)}")) with
            { Elapsed = clock.Elapsed };
        }

        var tooDeep = NestingGuard.FindDeepBrackets(submission.Source, MaxBracketNesting);
        if (tooDeep is not null)
        {
            return CompileResult.Failed(Outcome.CompileError, tooDeep) with { Elapsed = clock.Elapsed };
        }

        // Not disposed when abandoned: the compile thread may still read the token after the deadline.
        var cancel = new CancellationTokenSource();
        var done = new TaskCompletionSource<CompileResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var abandoned = 0;
        var thread = new Thread(
            () =>
            {
                try
                {
                    done.SetResult(CompileCore(submission.Source, entry, forbiddenIdentifiers, allowlist, gate, cancel.Token));
                }
                catch (OperationCanceledException)
                {
                    done.TrySetResult(TimedOut(limits));
                }
                catch (Exception e)
                {
                    // Whatever Roslyn throws on a pathological file is the file's problem, not the grader's.
                    done.TrySetResult(CompileResult.Failed(Outcome.CompileError, new GradingDiagnostic(
                        0, 0, "CK0005", $"the compiler could not handle this file ({e.GetType().Name}); simplify it")));
                }
                finally
                {
                    if (Interlocked.Exchange(ref abandoned, 2) == 1)
                    {
                        Interlocked.Decrement(ref _runaways);
                    }
                }
            },
            CompilerStackBytes)
        {
            IsBackground = true,
            Name = "CourseKit compile",
        };
        thread.Start();
        CompileResult result;
        if (done.Task.Wait(limits.CompileTimeout))
        {
            result = done.Task.Result;
            cancel.Dispose();
        }
        else
        {
            if (Interlocked.CompareExchange(ref abandoned, 1, 0) == 0)
            {
                Interlocked.Increment(ref _runaways);
            }

            cancel.Cancel();
            result = TimedOut(limits);
        }

        return result with { Elapsed = clock.Elapsed };
    }

    private static CompileResult CompileCore(
        string source,
        EntryPoint entry,
        IReadOnlyCollection<string> forbidden,
        ApiAllowlist allowlist,
        bool gate,
        CancellationToken cancellationToken)
    {
        var script = CSharpScript.Create(source, entry.Returns == ValueKind.Plot ? PlotOptions.Value : Options, assemblyLoader: NeverLoads);
        var compilation = script.GetCompilation();
        var nested = NestingGuard.FindDeepLambdas(compilation.SyntaxTrees.Single(), MaxLambdaNesting, cancellationToken);
        if (nested is not null)
        {
            return CompileResult.Failed(Outcome.CompileError, nested);
        }

        if (gate)
        {
            var violations = SemanticGate.Check(compilation, allowlist, forbidden, cancellationToken);
            if (violations.Count > 0)
            {
                return CompileResult.Failed(Outcome.ForbiddenApi, [.. violations]);
            }
        }

        var errors = compilation.GetDiagnostics(cancellationToken)
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(Clean)
            .OrderBy(d => d.Line).ThenBy(d => d.Column)
            .Take(SemanticGate.MaxReported)
            .ToArray();
        if (errors.Length > 0)
        {
            return CompileResult.Failed(Outcome.CompileError, errors);
        }

        var missing = EntryPointCheck.Find(compilation, entry);
        if (missing is not null)
        {
            return CompileResult.Failed(Outcome.MissingEntry, missing);
        }

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image, cancellationToken: cancellationToken);
        if (!emitted.Success)
        {
            return CompileResult.Failed(Outcome.CompileError, [.. emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(Clean)]);
        }

        return new CompileResult
        {
            Outcome = Outcome.Returned,
            Compiled = new CompiledSubmission(image.ToArray(), compilation.ScriptClass!.MetadataName),
        };
    }

    /// <summary>A Roslyn diagnostic at the learner's line and column, with no file system path in its text.</summary>
    private static GradingDiagnostic Clean(Diagnostic diagnostic)
    {
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        foreach (var directory in InternalDirectories)
        {
            message = message.Replace(directory, string.Empty, StringComparison.Ordinal);
        }

        if (!diagnostic.Location.IsInSource)
        {
            return new GradingDiagnostic(0, 0, diagnostic.Id, message);
        }

        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return new GradingDiagnostic(start.Line + 1, start.Character + 1, diagnostic.Id, message);
    }

    private static readonly string[] InternalDirectories =
    [
        .. new[] { Path.GetDirectoryName(typeof(object).Assembly.Location), AppContext.BaseDirectory, Path.GetTempPath() }
            .Where(d => !string.IsNullOrEmpty(d))
            .Select(d => Path.TrimEndingDirectorySeparator(d!))
            .OrderByDescending(d => d.Length),
    ];

    private static CompileResult TimedOut(GradingLimits limits) =>
        CompileResult.Failed(Outcome.CompileError, new GradingDiagnostic(
            0, 0, "CK0002", $"compiling took longer than {limits.CompileTimeout.TotalSeconds:0.#} s and was stopped; deeply nested lambdas or generics are the usual cause"));

    private static string Kilobytes(int bytes) => $"{bytes / 1024.0:0.#} KB";
}
