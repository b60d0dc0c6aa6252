using System.CommandLine;
using System.Globalization;
using CourseKit.Content.Loading;
using CourseKit.Grading;
using CourseKit.Grading.Batch;
using CourseKit.Grading.Compiling;
using CourseKit.Grading.Reports;
using CourseKit.Grading.Running;
using Spectre.Console;

namespace CourseKit.Cli.Commands;

/// <summary>
/// <c>coursekit grade &lt;dir&gt; (--exercise id | --auto) --out folder [--jobs N] [--shard k/n]</c>: grades a class's
/// submissions into a gradebook and one JSON report each, resumably; <c>grade merge</c> joins shards' gradebooks.
/// </summary>
internal sealed class GradeCommand : Command
{
    /// <summary>Ctrl+C or SIGTERM stopped the batch; the next run resumes it.</summary>
    public const int Interrupted = 130;

    private readonly Argument<string> directory = new("dir")
    {
        Description = "The folder of submissions: <student>.csx files, or <student>/<exercise-id>.csx folders (docs/GRADING.md).",
    };

    private readonly Option<string?> exercise = new("--exercise", "-e")
    {
        Description = "Grade every top-level <student>.csx (and <student>/<id>.csx) as an answer to this exercise.",
    };

    private readonly Option<bool> auto = new("--auto")
    {
        Description = "Name each file's exercise by its first line `// exercise: <id>`, else by its file name.",
    };

    private readonly Option<string> output = new("--out", "-o")
    {
        Description = "The output folder: gradebook.csv and reports/<student>/<exercise>.json. Run again to resume.",
        Required = true,
    };

    private readonly Option<int> jobs = new("--jobs", "-j")
    {
        Description = "Submissions graded at once, each in its own worker process. Default: the processor count.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    private readonly Option<string?> shard = new("--shard")
    {
        Description = "Grade only shard k of n (k from 0), e.g. --shard $JOB_COMPLETION_INDEX/8; join with `grade merge`.",
    };

    private readonly Option<string?> course = new("--course")
    {
        Description = "The course folder (holding content/). Default: found upward from the current folder.",
    };

    private readonly Option<bool> requireSandbox = new("--require-sandbox")
    {
        Description = "Refuse to run when the OS jail (bubblewrap) is not available here.",
    };

    private readonly Option<string> language = new("--language")
    {
        Description = "Language of the reports' text: en or zh. Gradebook columns and statuses stay English.",
        DefaultValueFactory = _ => "en",
    };

    public GradeCommand(CliConsole console)
        : base(
            "grade",
            "Grade a class's submissions: a gradebook CSV and a JSON report per submission, written as each finishes. "
            + "Interrupted, it resumes; a changed submission is graded again. Exit 0 when every submission was judged, "
            + "1 when some could not be (see the error rows), 2 on usage errors, 130 when interrupted.\n\n"
            + "Examples:\n  coursekit grade submissions/ --exercise square-derivative --out grades/\n"
            + "  coursekit grade submissions/ --auto --out grades/ --jobs 4 --shard 0/8\n"
            + "  coursekit grade merge grades-0/ grades-1/ --out grades/")
    {
        Arguments.Add(directory);
        Options.Add(exercise);
        Options.Add(auto);
        Options.Add(output);
        Options.Add(jobs);
        Options.Add(shard);
        Options.Add(course);
        Options.Add(requireSandbox);
        language.AcceptOnlyFromAmong([.. ReportText.Languages]);
        Options.Add(language);
        Subcommands.Add(new GradeMergeCommand(console));
        SetAction((parse, cancellationToken) => RunAsync(
            console,
            new Settings(
                parse.GetValue(directory)!, parse.GetValue(exercise), parse.GetValue(auto), parse.GetValue(output)!, parse.GetValue(jobs),
                parse.GetValue(shard), parse.GetValue(course), parse.GetValue(requireSandbox), parse.GetValue(language) ?? "en"),
            cancellationToken));
    }

    private sealed record Settings(
        string Directory, string? Exercise, bool Auto, string Out, int Jobs, string? Shard, string? Course, bool RequireSandbox, string Language);

    private static async Task<int> RunAsync(CliConsole console, Settings settings, CancellationToken cancellationToken)
    {
        int Usage(string message)
        {
            console.Error.WriteLine($"coursekit grade: {message}");
            return ExitCodes.Usage;
        }

        if ((settings.Exercise is null) == !settings.Auto)
        {
            return Usage("pass either --exercise <id> (one exercise for every file) or --auto (each file names its exercise), not both");
        }

        if (settings.Jobs < 1)
        {
            return Usage($"--jobs must be at least 1, not {settings.Jobs}");
        }

        var split = Shard.All;
        if (settings.Shard is { } shardText)
        {
            if (Shard.Parse(shardText, out var shardError) is not { } parsed)
            {
                return Usage(shardError!);
            }

            split = parsed;
        }

        var submissionsFolder = console.Resolve(settings.Directory);
        if (!Directory.Exists(submissionsFolder))
        {
            return Usage($"submissions folder '{settings.Directory}' does not exist");
        }

        if (CourseRoot.Find(console, settings.Course) is not { } root)
        {
            return ExitCodes.Usage;
        }

        if (!File.Exists(Path.Combine(root, CourseLoader.CourseFile)))
        {
            return Usage($"'{settings.Course}' holds no content/course.yml; pass the course folder");
        }

        // Roslyn's cold start (a second or more) overlaps loading the course and scanning the class.
        _ = Task.Run(ScriptCompiler.WarmUp, CancellationToken.None);
        var loaded = CourseLoader.Load(root);
        if (settings.Exercise is { } id && loaded.Course.FindExercise(id) is null)
        {
            var known = string.Join(", ", loaded.Course.Exercises.Select(e => e.Id).Order(StringComparer.Ordinal));
            return Usage($"the course has no exercise '{id}'; its exercises are: {known}");
        }

        if (!WorkerRunner.SandboxAvailable)
        {
            if (settings.RequireSandbox)
            {
                console.Error.WriteLine($"coursekit grade: --require-sandbox, but the OS jail is not available here ({WorkerRunner.SandboxUnavailableReason}); nothing was graded");
                return ExitCodes.Failure;
            }

            console.Error.WriteLine(WorkerRunner.NoJailWarning);
        }

        var scan = SubmissionFinder.Find(submissionsFolder, settings.Exercise);
        foreach (var problem in scan.Problems)
        {
            console.Error.WriteLine($"coursekit grade: skipped {problem}");
        }

        var mine = scan.Submissions.Where(split.Contains).ToList();
        var shardNote = split.Count > 1 ? $" (shard {split}, {mine.Count} of {scan.Submissions.Count})" : "";
        console.Out.WriteLine($"grading {mine.Count} submission{(mine.Count == 1 ? "" : "s")}{shardNote} with {settings.Jobs} worker{(settings.Jobs == 1 ? "" : "s")} into {settings.Out}");

        var grader = new BatchGrader(loaded, root, settings.RequireSandbox ? SandboxPolicy.RequireSandbox : SandboxPolicy.PreferSandbox, settings.Jobs, settings.Language);
        using var batchOutput = new BatchOutput(console.Resolve(settings.Out));
        var run = console.UseColor
            ? await WithProgressBar(console, grader, mine, batchOutput, cancellationToken).ConfigureAwait(false)
            : await WithLines(console, grader, mine, batchOutput, cancellationToken).ConfigureAwait(false);

        WriteSummary(console, run.Summary);
        console.Out.WriteLine(
            $"graded {run.Graded}, kept {run.CarriedOver} unchanged from an earlier run; gradebook: {Path.Combine(settings.Out, Gradebook.FileName)}");
        if (run.Interrupted)
        {
            console.Error.WriteLine($"coursekit grade: interrupted with {run.NotStarted} submission{(run.NotStarted == 1 ? "" : "s")} not graded; run the same command again to resume");
            return Interrupted;
        }

        return scan.Problems.Count == 0 && run.Results.All(r => r.Row.Status != "error") ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static Task<BatchRun> WithLines(
        CliConsole console, BatchGrader grader, List<BatchSubmission> submissions, BatchOutput output, CancellationToken cancellationToken)
    {
        var done = 0;
        return grader.RunAsync(
            submissions,
            output,
            result =>
            {
                done++;
                var row = result.Row;
                var what = result.CarriedOver ? "unchanged, kept" : $"{row.Seconds.ToString("0.00", CultureInfo.InvariantCulture)} s";
                console.Out.WriteLine($"[{done}/{submissions.Count}] {row.Student} {row.Exercise}: {Number(row.Score)}/{Number(row.MaxScore)} {row.Verdict} ({what})");
                console.Out.Flush();
            },
            cancellationToken);
    }

    private static async Task<BatchRun> WithProgressBar(
        CliConsole console, BatchGrader grader, List<BatchSubmission> submissions, BatchOutput output, CancellationToken cancellationToken)
    {
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Out) });
        return await ansi.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("grading", maxValue: Math.Max(1, submissions.Count));
                var run = await grader.RunAsync(
                    submissions,
                    output,
                    result =>
                    {
                        task.Increment(1);
                        task.Description = Markup.Escape($"{result.Row.Student} {result.Row.Exercise}: {result.Row.Verdict}");
                    },
                    cancellationToken).ConfigureAwait(false);
                task.Description = "graded";
                task.Value = task.MaxValue;
                return run;
            }).ConfigureAwait(false);
    }

    /// <summary>The end-of-batch table: submissions per verdict, the mean score, and the slowest.</summary>
    internal static void WriteSummary(CliConsole console, BatchSummary summary)
    {
        var ansi = AnsiConsole.Create(console.UseColor
            ? new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Out) }
            : new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(console.Out),
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            });
        var table = new Table().Border(console.UseColor ? TableBorder.Rounded : TableBorder.Ascii)
            .AddColumn("verdict").AddColumn(new TableColumn("submissions").RightAligned());
        foreach (var (verdict, count) in summary.ByVerdict)
        {
            table.AddRow(Markup.Escape(verdict), count.ToString(CultureInfo.InvariantCulture));
        }

        table.AddRow("[bold]total[/]", summary.Count.ToString(CultureInfo.InvariantCulture));
        table.Caption(Markup.Escape(
            $"mean score {Number(summary.MeanScore)} ({summary.MeanPercent.ToString("0.#", CultureInfo.InvariantCulture)} %)"));
        ansi.Write(table);
        if (summary.Slowest.Count > 0)
        {
            var slowest = string.Join(", ", summary.Slowest.Select(r => $"{r.Student} {r.Exercise} {r.Seconds.ToString("0.00", CultureInfo.InvariantCulture)} s"));
            console.Out.WriteLine($"slowest: {slowest}");
        }
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
