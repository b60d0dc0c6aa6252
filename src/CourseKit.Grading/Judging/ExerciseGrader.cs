using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CourseKit.Content.Model;
using CourseKit.Grading.Reports;

namespace CourseKit.Grading.Judging;

/// <summary>
/// Grades one submission to one exercise: draws the inputs (seeded by exercise and student), computes the truth from
/// the reference on the engine, runs the learner's code once in a jailed worker on all of them, and turns the raw
/// values into a report that teaches. Never throws for anything the submission does.
/// </summary>
public sealed class ExerciseGrader
{
    // Script assemblies cannot be unloaded, so each reference is compiled once per process and reused.
    private static readonly ConcurrentDictionary<string, Lazy<Task<(ReferenceSolution? Solution, IReadOnlyList<string> Errors)>>> References = new();

    private readonly string _courseRoot;
    private readonly SandboxPolicy _policy;
    private readonly string _language;

    /// <summary>Creates a grader for the course whose root folder (holding content/ and graders/) is given.</summary>
    /// <param name="courseRoot">The course root, to read reference files from graders/.</param>
    /// <param name="policy">Whether learner code may run without the OS jail.</param>
    /// <param name="language">The language of the hints in reports.</param>
    public ExerciseGrader(string courseRoot, SandboxPolicy policy = SandboxPolicy.PreferSandbox, string language = "en")
    {
        _courseRoot = courseRoot;
        _policy = policy;
        _language = language;
    }

    /// <summary>Grades <paramref name="submission"/> against <paramref name="exercise"/>.</summary>
    public async Task<GradeReport> GradeAsync(Exercise exercise, Submission submission, string? student = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(submission);
        var clock = Stopwatch.StartNew();
        GradeReport Fail(string why) => CourseError(exercise, student, clock.Elapsed, why);

        if (exercise.Kind == ExerciseKind.Choice)
        {
            return ChoiceJudge.Grade(exercise, submission.Source, student, _language) with { ExecutionTime = clock.Elapsed };
        }

        if (exercise.Kind is not (ExerciseKind.Derivative or ExerciseKind.Gradient or ExerciseKind.Jacobian or ExerciseKind.Function)
            || exercise.Entry is not { } entry)
        {
            return Fail($"exercises of kind `{exercise.Kind.ToString().ToLowerInvariant()}` are not graded automatically yet; your instructor grades this one.");
        }

        if (EntryPointFor(entry) is not { } entryPoint)
        {
            return Fail($"the entry `{entry.Text}` uses a type the grader cannot pass to or read from a worker yet.");
        }

        if (ReadReference(exercise) is not { } referenceCode)
        {
            return Fail($"the exercise `{exercise.Id}` has no reference the grader can read; run `coursekit check`.");
        }

        var (reference, referenceErrors) = await CompileReference(exercise, referenceCode.Code, referenceCode.Line).ConfigureAwait(false);
        if (reference is null)
        {
            return Fail($"the reference of `{exercise.Id}` does not compile: {string.Join("; ", referenceErrors)}");
        }

        // The plan: every check's fixed cases, then its drawn samples; one worker run covers all of them.
        var plan = new List<(int Check, object[] Arguments)>();
        var baseSeed = SampleSeed.For(exercise.Id, student);
        var checks = exercise.Checks.Count > 0
            ? exercise.Checks
            : [new ExerciseCheck("correct", exercise.Points, CheckVisibility.Visible, exercise.Check.Samples, [])];
        for (var c = 0; c < checks.Count; c++)
        {
            foreach (var texts in checks[c].Cases)
            {
                var (arguments, error) = InputSampler.ParseCase(entry, texts);
                if (arguments is null)
                {
                    return Fail($"check `{checks[c].Name}`: {error}");
                }

                plan.Add((c, arguments));
            }

            try
            {
                plan.AddRange(InputSampler.Draw(entry, exercise.Check.Inputs, checks[c].Samples, unchecked(baseSeed + 7919 * c)).Select(a => (c, a)));
            }
            catch (NotSupportedException e)
            {
                return Fail(e.Message);
            }
        }

        // The truth comes first and from the reference alone: nothing the learner's code does can touch it.
        var truths = new List<double[]>(plan.Count);
        foreach (var (_, arguments) in plan)
        {
            var (values, disagreement) = reference.Expected(arguments);
            if (disagreement is not null)
            {
                return Fail($"at {InputSampler.Describe(entry, arguments)} the reference's derivative is suspect ({disagreement}); tell your instructor.");
            }

            truths.Add(values);
        }

        var request = new GradingRequest
        {
            Submission = submission,
            EntryPoint = entryPoint,
            Inputs = plan.Select(p => (IReadOnlyList<RawValue>)p.Arguments.Select(ToRaw).ToList()).ToList(),
            ForbiddenIdentifiers = exercise.Check.Forbid,
            Limits = new GradingLimits { CallTimeout = exercise.Check.TimeLimit },
        };
        var run = await Task.Run(() => GradingPipeline.Run(request, _policy), cancellationToken).ConfigureAwait(false);

        var reports = new List<CheckReport>(checks.Count);
        for (var c = 0; c < checks.Count; c++)
        {
            var indices = Enumerable.Range(0, plan.Count).Where(i => plan[i].Check == c).ToList();
            reports.Add(JudgeCheck(checks[c], exercise, entry, run, indices, plan, truths));
        }

        var firstFailure = reports.FirstOrDefault(r => r.Verdict != Verdict.Passed);
        return new GradeReport(
            exercise.Id,
            student,
            firstFailure?.Verdict ?? Verdict.Passed,
            reports.Sum(r => r.Score),
            reports.Sum(r => r.MaxScore),
            clock.Elapsed,
            SubmissionOutput(run),
            reports,
            run.Warnings);
    }

    private CheckReport JudgeCheck(
        ExerciseCheck check, Exercise exercise, EntrySignature entry, GradingResult run, List<int> indices,
        List<(int Check, object[] Arguments)> plan, List<double[]> truths)
    {
        CheckReport Failed(Verdict verdict, string output, Mistake? mistake = null) =>
            new(check.Name, verdict, 0, check.Points, check.Visibility, output, mistake);

        if (run.Outcome is Outcome.CompileError or Outcome.ForbiddenApi or Outcome.MissingEntry or Outcome.Refused)
        {
            var verdict = run.Outcome switch
            {
                Outcome.CompileError => Verdict.CompileError,
                Outcome.ForbiddenApi => Verdict.ForbiddenApi,
                Outcome.MissingEntry => Verdict.MissingEntry,
                _ => Verdict.Error,
            };
            var why = run.Diagnostics.Count > 0 ? string.Join("\n", run.Diagnostics) : run.Cause ?? run.Outcome.ToString();
            return Failed(verdict, why);
        }

        var samples = new List<Sample>(indices.Count);
        foreach (var i in indices)
        {
            var input = InputSampler.Describe(entry, plan[i].Arguments);
            var call = i < run.Calls.Count ? run.Calls[i] : new CallResult(i, Outcome.NotRun, null, null);
            if (call.Outcome != Outcome.Returned || call.Value is null)
            {
                // A call that never ran shares the fate of the run that stopped before it (a timeout, say).
                var outcome = call.Outcome == Outcome.NotRun && run.Outcome is not (Outcome.Returned or Outcome.NotRun) ? run.Outcome : call.Outcome;
                return Failed(VerdictFor(outcome), $"at {input}: {DescribeFailure(call, run)}");
            }

            samples.Add(new Sample(input, truths[i], call.Value.ToArray()));
        }

        var tolerance = new Tolerance(exercise.Check.Rtol, exercise.Check.Atol);
        var mistake = MistakeAnalysis.Diagnose(samples, tolerance);
        if (mistake.Shape == MistakeShape.None)
        {
            return new CheckReport(check.Name, Verdict.Passed, check.Points, check.Points, check.Visibility, "", mistake);
        }

        var verdictFor = mistake.Shape is MistakeShape.WrongLength or MistakeShape.NotFinite ? Verdict.BadOutput : Verdict.Wrong;
        return Failed(verdictFor, Explain(mistake, exercise), mistake);
    }

    private string Explain(Mistake mistake, Exercise exercise)
    {
        var text = new StringBuilder();
        var first = mistake.FirstFailure!;
        text.Append(CultureInfo.InvariantCulture, $"at {first.Input}\n");
        text.Append(CultureInfo.InvariantCulture, $"  expected {InputSampler.Format(Unwrap(first.Expected))}\n");
        text.Append(CultureInfo.InvariantCulture, $"  got      {InputSampler.Format(Unwrap(first.Got))}\n");
        if (mistake.Shape is not (MistakeShape.WrongLength or MistakeShape.NotFinite))
        {
            text.Append(CultureInfo.InvariantCulture, $"  absolute error {mistake.WorstAbsoluteError:G3}, relative error {mistake.WorstRelativeError:G3} (the largest over {mistake.Failed} failing input{(mistake.Failed == 1 ? "" : "s")})\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"hint: {mistake.Hint}");
        foreach (var hint in exercise.HintsIn(_language))
        {
            text.Append(CultureInfo.InvariantCulture, $"\nhint: {hint.Trim()}");
        }

        return text.ToString();
    }

    private static object Unwrap(IReadOnlyList<double> values) => values.Count == 1 ? values[0] : values.ToArray();

    private static Verdict VerdictFor(Outcome outcome) => outcome switch
    {
        Outcome.Timeout => Verdict.Timeout,
        Outcome.MemoryLimit => Verdict.MemoryLimit,
        Outcome.BadOutput => Verdict.BadOutput,
        Outcome.Threw or Outcome.Crashed or Outcome.NotRun => Verdict.Crashed,
        Outcome.Refused => Verdict.Error,
        _ => Verdict.Crashed,
    };

    private static string DescribeFailure(CallResult call, GradingResult run) => call.Outcome switch
    {
        Outcome.Timeout => $"ran past the time limit{Detail(call.Detail)}; look for a loop that never ends.",
        Outcome.MemoryLimit => "ran out of memory; look for an array or list that grows without bound.",
        Outcome.BadOutput => $"bad output: {call.Detail ?? "returned null"}.",
        Outcome.Threw => $"threw {call.Detail}.",
        Outcome.NotRun => $"did not run: {run.Cause ?? "an earlier call ended the run"}.",
        _ => $"crashed: {call.Detail ?? run.Cause ?? "the process died"}.",
    };

    private static string Detail(string? detail) => detail is null ? "" : $" ({detail})";

    private static string SubmissionOutput(GradingResult run)
    {
        var text = new StringBuilder();
        if (run.Stdout.Length > 0)
        {
            text.Append("your program printed:\n").Append(run.Stdout);
            if (run.OutputTruncated)
            {
                text.Append("\n… (cut at the output limit)");
            }
        }

        return text.ToString();
    }

    private static GradeReport CourseError(Exercise exercise, string? student, TimeSpan elapsed, string why) =>
        new(exercise.Id, student, Verdict.Error, 0, exercise.Points, elapsed, $"grader error: {why}", [], []);

    private static EntryPoint? EntryPointFor(EntrySignature entry)
    {
        static ValueKind? Kind(EntryType type) => type switch
        {
            EntryType.Double => ValueKind.Scalar,
            EntryType.DoubleArray => ValueKind.Vector,
            EntryType.DoubleMatrix => ValueKind.Matrix,
            EntryType.Function => ValueKind.Function,
            _ => null,
        };

        var parameters = entry.Parameters.Select(p => Kind(p.Type)).ToList();
        return parameters.Any(p => p is null) || Kind(entry.ReturnType) is not { } returns
            ? null
            : new EntryPoint(entry.Name, [.. parameters.Select(p => p!.Value)], returns);
    }

    private static RawValue ToRaw(object value) => value switch
    {
        double d => RawValue.FromScalar(d),
        double[] a => RawValue.FromVector(a),
        double[,] m => RawValue.FromMatrix(m),
        FunctionInput f => RawValue.FromFunction([.. f.Description]),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "only doubles, vectors and matrices travel to the worker"),
    };

    private (string Code, int Line)? ReadReference(Exercise exercise)
    {
        if (exercise.Check.Reference is not { } reference)
        {
            return null;
        }

        if (reference.Code is { } inline)
        {
            return (inline, reference.Line);
        }

        var path = Path.Combine(_courseRoot, reference.File ?? "");
        return File.Exists(path) ? (File.ReadAllText(path), 1) : null;
    }

    private static Task<(ReferenceSolution? Solution, IReadOnlyList<string> Errors)> CompileReference(Exercise exercise, string code, int line) =>
        References.GetOrAdd(
            $"{exercise.Id}\n{exercise.Kind}\n{code}",
            _ => new Lazy<Task<(ReferenceSolution?, IReadOnlyList<string>)>>(() => ReferenceSolution.CompileAsync(exercise, code, line))).Value;
}
