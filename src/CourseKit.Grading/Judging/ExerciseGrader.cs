using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CourseKit.Autograd;
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
    private readonly ReportText _text;

    /// <summary>Creates a grader for the course whose root folder (holding content/ and graders/) is given.</summary>
    /// <param name="courseRoot">The course root, to read reference files from graders/.</param>
    /// <param name="policy">Whether learner code may run without the OS jail.</param>
    /// <param name="language">The language of the reports: check names, explanations and hints (<see cref="ReportText.Languages"/>).</param>
    /// <exception cref="ArgumentException">Reports cannot be written in <paramref name="language"/>.</exception>
    public ExerciseGrader(string courseRoot, SandboxPolicy policy = SandboxPolicy.PreferSandbox, string language = "en")
    {
        _courseRoot = courseRoot;
        _policy = policy;
        _text = ReportText.For(language);
    }

    /// <summary>Grades <paramref name="submission"/> against <paramref name="exercise"/>.</summary>
    public async Task<GradeReport> GradeAsync(Exercise exercise, Submission submission, string? student = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(submission);
        var report = await GradeInLanguageAsync(exercise, submission, student, cancellationToken).ConfigureAwait(false);
        return report with { Language = _text.Language };
    }

    private async Task<GradeReport> GradeInLanguageAsync(Exercise exercise, Submission submission, string? student, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        GradeReport Fail(string why) => CourseError(exercise, student, clock.Elapsed, why);

        switch (exercise.Kind)
        {
            case ExerciseKind.Choice:
                return ChoiceJudge.Grade(exercise, submission.Source, student, _text.Language) with { ExecutionTime = clock.Elapsed };
            case ExerciseKind.Numeric:
                return NumericJudge.Grade(exercise, submission.Source, student, _text.Language) with { ExecutionTime = clock.Elapsed };
            case ExerciseKind.Manual:
                return ManualJudge.Grade(exercise, submission.Source, student, _text.Language) with { ExecutionTime = clock.Elapsed };
            case ExerciseKind.Plot:
                return await GradePlotAsync(exercise, submission, student, clock, cancellationToken).ConfigureAwait(false);
        }

        if (exercise.Entry is not { } entry)
        {
            return Fail($"the exercise `{exercise.Id}` has no entry method to call; run `coursekit check`.");
        }

        if (EntryPointFor(entry) is not { } entryPoint)
        {
            return Fail($"the entry `{entry.Text}` uses a type the grader cannot pass to or read from a worker yet.");
        }

        var (reference, referenceProblem) = await LoadReference(exercise).ConfigureAwait(false);
        if (reference is null)
        {
            return Fail(referenceProblem!);
        }

        // The plan: every check's fixed cases, then its drawn samples; one worker run covers all of them.
        var plan = new List<(int Check, object[] Arguments)>();
        var drawnTruths = new Dictionary<int, double[]>();
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

            var seed = unchecked(baseSeed + 7919 * c);
            if (exercise.Check.InputsDrawn)
            {
                if (!reference.Draws)
                {
                    return Fail($"`inputs: drawn` asks the reference of `{exercise.Id}` to draw its samples, but it defines no `(object[] Arguments, double[] Truth) {ReferenceSolution.DrawMethod}(Random random)`.");
                }

                var random = new Random(seed);
                for (var s = 0; s < checks[c].Samples; s++)
                {
                    object[] arguments;
                    double[] truth;
                    try
                    {
                        (arguments, truth) = reference.Draw(random);
                    }
#pragma warning disable CA1031 // Instructor code: whatever it throws is the course's error, reported as such.
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        return Fail($"the reference's {ReferenceSolution.DrawMethod} threw {e.GetType().Name}: {e.Message}");
                    }

                    plan.Add((c, arguments));
                    drawnTruths[plan.Count - 1] = truth;
                }

                continue;
            }

            try
            {
                plan.AddRange(InputSampler.Draw(entry, exercise.Check.Inputs, checks[c].Samples, seed).Select(a => (c, a)));
            }
            catch (NotSupportedException e)
            {
                return Fail(e.Message);
            }
        }

        // The truth comes first and from the reference alone: nothing the learner's code does can touch it. A sample the
        // reference drew carries its own truth, which the reference's answer must agree with.
        var truths = new List<double[]>(plan.Count);
        for (var i = 0; i < plan.Count; i++)
        {
            var arguments = plan[i].Arguments;
            var (values, disagreement) = reference.Expected(arguments);
            if (drawnTruths.TryGetValue(i, out var drawn))
            {
                disagreement = Disagreement(drawn, values);
                values = drawn;
            }

            if (disagreement is not null)
            {
                return Fail($"at {InputSampler.Describe(entry, arguments)} the reference's answer is suspect ({disagreement}); tell your instructor.");
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

        return Summed(exercise, student, clock, SubmissionOutput(run), reports, run.Warnings);
    }

    /// <summary>
    /// Grades a plot exercise: one call of the learner's <c>Plot()</c> in the jailed worker, which sends back what the plot
    /// shows and its picture; <see cref="PlotJudge"/> compares that with the reference f and its tangent.
    /// </summary>
    private async Task<GradeReport> GradePlotAsync(Exercise exercise, Submission submission, string? student, Stopwatch clock, CancellationToken cancellationToken)
    {
        GradeReport Fail(string why) => CourseError(exercise, student, clock.Elapsed, why);
        if (exercise.Entry is not { ReturnType: EntryType.Plot, Parameters.Count: 0 } entry)
        {
            return Fail("a plot exercise's entry must be `ScottPlot.Plot Plot()`-shaped: no parameters, returning ScottPlot.Plot.");
        }

        var (checks, checkError) = PlotJudge.ChecksOf(exercise);
        if (checkError is not null)
        {
            return Fail(checkError);
        }

        var (reference, referenceProblem) = await LoadReference(exercise).ConfigureAwait(false);
        if (reference?.PlotFunction is not { } f)
        {
            return Fail(referenceProblem ?? $"the reference of `{exercise.Id}` must define `double F(double x)`.");
        }

        // The tangent is judged against f′(a) from finite differences: a kink or pole there is the course's slip, said once
        // here (and by `coursekit check`) rather than as every learner's wrong answer.
        if (exercise.Check.Plot?.TangentAt is { } a)
        {
            var fa = f(a);
            var slope = FiniteDifference.Richardson(f, a);

            // Central differences are blind to a kink (|x − a| gives 0 with no error); one-sided ones disagree there.
            var sides = 1e-5 * (1 + Math.Abs(slope.Value) + Math.Abs(fa));
            var kinked = Math.Abs(FiniteDifference.Derivative(f, a, DifferenceScheme.Forward) - slope.Value) > sides
                || Math.Abs(FiniteDifference.Derivative(f, a, DifferenceScheme.Backward) - slope.Value) > sides;
            if (!double.IsFinite(fa) || !double.IsFinite(slope.Value) || slope.Error > 1e-6 * (1 + Math.Abs(slope.Value)) || kinked)
            {
                return Fail(string.Create(CultureInfo.InvariantCulture,
                    $"the reference has no reliable tangent at tangent_at = {a} (f = {fa:G6}, f′ ≈ {slope.Value:G6} ± {slope.Error:G2}); choose a point where f is smooth"));
            }
        }

        var request = new GradingRequest
        {
            Submission = submission,
            EntryPoint = new EntryPoint(entry.Name, [], ValueKind.Plot),
            Inputs = [[]],
            ForbiddenIdentifiers = exercise.Check.Forbid,
            Limits = new GradingLimits { CallTimeout = exercise.Check.TimeLimit },
        };
        var run = await Task.Run(() => GradingPipeline.Run(request, _policy), cancellationToken).ConfigureAwait(false);

        IReadOnlyList<CheckReport> reports;
        string? figure = null;
        var output = SubmissionOutput(run);
        if (RunFailure(run, 0, $"{entry.Name}()") is var (verdict, why))
        {
            reports = [.. checks.Select(c => Line(c, verdict, 0, why, null))];
        }
        else
        {
            var plot = run.Calls[0].Value!.Plot!;
            reports = PlotJudge.Judge(exercise, checks, f, plot, _text.Language);
            figure = PlotJudge.SafeSvg(plot.Svg);
            var unsafeFigure = plot.Svg is not null && figure is null ? _text.FigureNotKept : null;
            output = string.Join("\n", new[] { output, plot.Note, unsafeFigure }.Where(t => !string.IsNullOrEmpty(t)));
        }

        return Summed(exercise, student, clock, output, reports, run.Warnings) with { Figure = figure };
    }

    /// <summary>The report of a run: the checks' points added up, the verdict of the first check that did not pass.</summary>
    private static GradeReport Summed(
        Exercise exercise, string? student, Stopwatch clock, string output, IReadOnlyList<CheckReport> reports, IReadOnlyList<string> warnings) => new(
            exercise.Id,
            student,
            reports.FirstOrDefault(r => r.Verdict != Verdict.Passed)?.Verdict ?? Verdict.Passed,
            reports.Sum(r => r.Score),
            reports.Sum(r => r.MaxScore),
            clock.Elapsed,
            output,
            reports,
            warnings);

    /// <summary>
    /// Why call <paramref name="index"/> gave no value to judge, as a verdict and a text (null when it returned one): the
    /// whole run failed (compile error, forbidden API, missing entry, refused), or this call threw, timed out, crashed.
    /// </summary>
    private (Verdict, string)? RunFailure(GradingResult run, int index, string input) => WholeRunFailure(run) ?? CallFailure(run, index, input);

    /// <summary>A failure of the whole run, before any call (compile error, forbidden API, missing entry, refused), or null.</summary>
    private (Verdict, string)? WholeRunFailure(GradingResult run)
    {
        if (run.Outcome is Outcome.CompileError or Outcome.ForbiddenApi or Outcome.MissingEntry or Outcome.Refused)
        {
            var verdict = run.Outcome switch
            {
                Outcome.CompileError => Verdict.CompileError,
                Outcome.ForbiddenApi => Verdict.ForbiddenApi,
                Outcome.MissingEntry => Verdict.MissingEntry,
                _ => Verdict.Error,
            };
            var why = run.Diagnostics.Count > 0 ? string.Join("\n", run.Diagnostics.Select(_text.Diagnostic)) : _text.Refused(run.Cause ?? run.Outcome.ToString());
            return (verdict, why);
        }

        return null;
    }

    private (Verdict, string)? CallFailure(GradingResult run, int index, string input)
    {
        var call = index < run.Calls.Count ? run.Calls[index] : new CallResult(index, Outcome.NotRun, null, null);
        if (call.Outcome != Outcome.Returned || call.Value is null)
        {
            // A call that never ran shares the fate of the run that stopped before it (a timeout, say).
            var outcome = call.Outcome == Outcome.NotRun && run.Outcome is not (Outcome.Returned or Outcome.NotRun) ? run.Outcome : call.Outcome;
            return (VerdictFor(outcome), _text.AtInput(input, DescribeFailure(call, run)));
        }

        return null;
    }

    private CheckReport JudgeCheck(
        ExerciseCheck check, Exercise exercise, EntrySignature entry, GradingResult run, List<int> indices,
        List<(int Check, object[] Arguments)> plan, List<double[]> truths)
    {
        CheckReport Failed(Verdict verdict, string output, Mistake? mistake = null) => Line(check, verdict, 0, output, mistake);

        if (WholeRunFailure(run) is var (runVerdict, runWhy))
        {
            return Failed(runVerdict, runWhy);
        }

        var samples = new List<Sample>(indices.Count);
        foreach (var i in indices)
        {
            var input = InputSampler.Describe(entry, plan[i].Arguments);
            if (CallFailure(run, i, input) is var (verdict, why))
            {
                return Failed(verdict, why);
            }

            samples.Add(new Sample(input, truths[i], run.Calls[i].Value!.ToArray()));
        }

        var tolerance = new Tolerance(exercise.Check.Rtol, exercise.Check.Atol);
        var mistake = MistakeAnalysis.Diagnose(samples, tolerance, _text);
        if (mistake.Shape == MistakeShape.None)
        {
            return Line(check, Verdict.Passed, check.Points, "", mistake);
        }

        var verdictFor = mistake.Shape is MistakeShape.WrongLength or MistakeShape.NotFinite ? Verdict.BadOutput : Verdict.Wrong;
        return Failed(verdictFor, Explain(mistake, exercise), mistake);
    }

    private string Explain(Mistake mistake, Exercise exercise)
    {
        var text = new StringBuilder();
        var first = mistake.FirstFailure!;
        text.Append(_text.At(first.Input)).Append('\n');
        text.Append("  ").Append(_text.Expected(InputSampler.Format(Unwrap(first.Expected, exercise.Entry)))).Append('\n');
        text.Append("  ").Append(_text.Got(InputSampler.Format(Unwrap(first.Got, exercise.Entry)))).Append('\n');
        if (mistake.Shape is not (MistakeShape.WrongLength or MistakeShape.NotFinite))
        {
            text.Append("  ").Append(_text.ErrorsOverInputs(mistake.WorstAbsoluteError, mistake.WorstRelativeError, mistake.Failed)).Append('\n');
        }

        text.Append(_text.Hint(mistake.Hint));
        foreach (var hint in exercise.HintsIn(_text.Language))
        {
            text.Append('\n').Append(_text.Hint(hint.Trim()));
        }

        return text.ToString();
    }

    /// <summary>Where a drawn truth and the reference's own answer part, or null when they agree.</summary>
    private static string? Disagreement(double[] drawn, double[] reference)
    {
        if (drawn.Length != reference.Length)
        {
            return $"Draw returned {drawn.Length} values but the reference answers with {reference.Length}";
        }

        for (var i = 0; i < drawn.Length; i++)
        {
            if (!ReferenceSolution.CrossCheck.IsClose(drawn[i], reference[i]))
            {
                return $"component {i}: Draw's truth is {drawn[i]:R} but the reference gives {reference[i]:R}";
            }
        }

        return null;
    }

    /// <summary>A value shown as the entry returns it: one number for a <c>double</c>, brackets for an array even of one.</summary>
    private static object Unwrap(IReadOnlyList<double> values, EntrySignature? entry) =>
        values.Count == 1 && entry?.ReturnType is not (EntryType.DoubleArray or EntryType.DoubleMatrix) ? values[0] : values.ToArray();

    private static Verdict VerdictFor(Outcome outcome) => outcome switch
    {
        Outcome.Timeout => Verdict.Timeout,
        Outcome.MemoryLimit => Verdict.MemoryLimit,
        Outcome.BadOutput => Verdict.BadOutput,
        Outcome.Threw or Outcome.Crashed or Outcome.NotRun => Verdict.Crashed,
        Outcome.Refused => Verdict.Error,
        _ => Verdict.Crashed,
    };

    private string DescribeFailure(CallResult call, GradingResult run) => call.Outcome switch
    {
        Outcome.Timeout => _text.TimedOut(call.Detail),
        Outcome.MemoryLimit => _text.OutOfMemory,
        Outcome.BadOutput => _text.BadOutput(call.Detail),
        Outcome.Threw => _text.Threw(call.Detail),
        Outcome.NotRun => _text.NotRun(run.Cause),
        _ => _text.Crashed(call.Detail ?? run.Cause),
    };

    /// <summary>A check's line of the report, named in the report's language.</summary>
    private CheckReport Line(ExerciseCheck check, Verdict verdict, double score, string output, Mistake? mistake) =>
        new(check.Name, verdict, score, check.Points, check.Visibility, output, mistake) { Title = _text.CheckName(check) };

    private string SubmissionOutput(GradingResult run)
    {
        var text = new StringBuilder();
        if (run.Stdout.Length > 0)
        {
            text.Append(_text.ProgramPrinted).Append('\n').Append(run.Stdout);
            if (run.OutputTruncated)
            {
                text.Append('\n').Append(_text.OutputCut);
            }
        }

        return text.ToString();
    }

    private GradeReport CourseError(Exercise exercise, string? student, TimeSpan elapsed, string why) =>
        new(exercise.Id, student, Verdict.Error, 0, exercise.Points, elapsed, _text.GraderError(why), [], []);

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

    /// <summary>The exercise's reference, compiled (once per process), or why there is none, worded for the report.</summary>
    private async Task<(ReferenceSolution? Reference, string? Problem)> LoadReference(Exercise exercise)
    {
        if (ReadReference(exercise) is not { } code)
        {
            return (null, $"the exercise `{exercise.Id}` has no reference the grader can read; run `coursekit check`.");
        }

        var (reference, errors) = await CompileReference(exercise, code.Code, code.Line).ConfigureAwait(false);
        return reference is null
            ? (null, $"the reference of `{exercise.Id}` does not compile: {string.Join("; ", errors)}")
            : (reference, null);
    }

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
