using System.Text;
using CourseKit.Content.Diagnostics;
using CourseKit.Content.FileSystem;
using CourseKit.Content.Model;
using CourseKit.Content.Verification;
using CourseKit.Grading.Judging;
using CourseKit.Grading.Reports;

namespace CourseKit.Grading.Verification;

/// <summary>
/// What <c>coursekit check</c> runs after loading: for every auto-graded exercise (all kinds but manual) it compiles the reference, checks its
/// derivatives against finite differences at the sample points, grades the starter (it must compile and must not pass)
/// and grades every sample submission in graders/ (each must get the verdict its file name promises). An instructor's
/// slip is caught here, not by learners.
/// </summary>
public sealed class GradingVerifier : ICourseVerifier
{
    /// <summary>The reference of an exercise does not compile or cannot be judged with.</summary>
    public const string ReferenceBroken = "CK100";

    /// <summary>The starter code does not compile.</summary>
    public const string StarterDoesNotCompile = "CK101";

    /// <summary>The starter code already earns full marks.</summary>
    public const string StarterPasses = "CK102";

    /// <summary>A sample submission does not get the verdict its name promises.</summary>
    public const string SampleVerdictMismatch = "CK103";

    private readonly SandboxPolicy _policy;
    private readonly int _parallelism;

    /// <summary>Creates the verifier; samples are graded <paramref name="parallelism"/> at a time (default: one per core).</summary>
    public GradingVerifier(SandboxPolicy policy = SandboxPolicy.PreferSandbox, int? parallelism = null)
    {
        _policy = policy;
        _parallelism = parallelism ?? Environment.ProcessorCount;
    }

    /// <inheritdoc/>
    public string Name => "grading";

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Diagnostic>> VerifyAsync(CourseVerificationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Files is not PhysicalCourseFileSystem physical)
        {
            return [];
        }

        var grader = new ExerciseGrader(physical.Root, _policy);
        var broken = context.Loaded.Diagnostics.Where(d => d.IsError).Select(d => d.File).ToHashSet(StringComparer.Ordinal);
        var exercises = context.Loaded.Course.Exercises
            .Where(e => e.Kind is not ExerciseKind.Manual)
            .Where(e => !broken.Contains(e.File))
            .ToList();

        // One job per starter and per sample; each starts its own worker process, so they run side by side.
        var jobs = exercises
            .SelectMany(e => e.Grader.Samples.Select(s => (Exercise: e, Sample: (GraderSample?)s)).Prepend((Exercise: e, Sample: null)))
            .ToList();
        var found = new List<Diagnostic>[jobs.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, jobs.Count),
            new ParallelOptions { MaxDegreeOfParallelism = _parallelism, CancellationToken = cancellationToken },
            async (i, token) => found[i] = await VerifyOne(grader, context.Files, jobs[i].Exercise, jobs[i].Sample, token).ConfigureAwait(false)).ConfigureAwait(false);

        // A broken reference shows up once per job; say it once per exercise.
        return found.SelectMany(d => d).Distinct().ToList();
    }

    private static async Task<List<Diagnostic>> VerifyOne(ExerciseGrader grader, ICourseFileSystem files, Exercise exercise, GraderSample? sample, CancellationToken cancellationToken)
    {
        var source = sample is null ? exercise.Starter : Encoding.UTF8.GetString(files.ReadAllBytes(sample.Path));
        var report = await grader.GradeAsync(exercise, new Submission(source, sample is null ? "starter.csx" : Path.GetFileName(sample.Path)), cancellationToken: cancellationToken).ConfigureAwait(false);
        var referenceFile = exercise.Check.Reference?.File ?? exercise.File;
        var referenceLine = exercise.Check.Reference is { Code: not null } inline ? inline.Line : 0;
        if (report.Verdict == Verdict.Error)
        {
            return [new Diagnostic(ReferenceBroken, DiagnosticSeverity.Error, referenceFile, referenceLine, 0,
                $"exercise `{exercise.Id}` cannot be graded: {report.Output.Replace("grader error: ", "", StringComparison.Ordinal)}",
                "fix the reference (it must define `Tensor F(Tensor x)` for derivative, gradient and jacobian exercises, the entry itself for function exercises, `double F(double x)` for plot exercises)")];
        }

        if (sample is null)
        {
            if (report.Verdict == Verdict.CompileError)
            {
                return [new Diagnostic(StarterDoesNotCompile, DiagnosticSeverity.Error, exercise.File, 0, 0,
                    $"the starter of `{exercise.Id}` does not compile: {FirstLine(report)}", "give learners starter code that compiles, e.g. a method that returns a placeholder value")];
            }

            return report.Verdict == Verdict.Passed
                ? [new Diagnostic(StarterPasses, DiagnosticSeverity.Error, exercise.File, 0, 0,
                    $"the starter of `{exercise.Id}` already earns full marks", "make the starter return a placeholder that the checks reject")]
                : [];
        }

        var promised = Promised(sample.Verdict);
        return report.Verdict == promised
            ? []
            : [new Diagnostic(SampleVerdictMismatch, DiagnosticSeverity.Error, sample.Path, 0, 0,
                $"promises `{ReportWriter.VerdictName(promised)}` by its name but got `{ReportWriter.VerdictName(report.Verdict)}` ({report.Score:0.##}/{report.MaxScore:0.##}): {FirstLine(report)}",
                "fix the exercise's checks or the sample, or rename the sample to the verdict it deserves")];
    }

    private static Verdict Promised(SampleVerdict verdict) => verdict switch
    {
        SampleVerdict.Passed => Verdict.Passed,
        SampleVerdict.Wrong => Verdict.Wrong,
        SampleVerdict.CompileError => Verdict.CompileError,
        SampleVerdict.ForbiddenApi => Verdict.ForbiddenApi,
        SampleVerdict.MissingEntry => Verdict.MissingEntry,
        SampleVerdict.BadOutput => Verdict.BadOutput,
        SampleVerdict.Timeout => Verdict.Timeout,
        SampleVerdict.MemoryLimit => Verdict.MemoryLimit,
        _ => Verdict.Crashed,
    };

    private static string FirstLine(GradeReport report)
    {
        var failing = report.Checks.FirstOrDefault(c => c.Verdict != Verdict.Passed);
        var text = failing?.Output ?? report.Output;
        var line = text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "";
        return line.Length == 0 ? "no details" : line;
    }
}
