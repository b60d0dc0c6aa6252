using System.CommandLine;
using CourseKit.Content.FileSystem;
using CourseKit.Content.Loading;
using CourseKit.Grading;
using CourseKit.Grading.Batch;
using CourseKit.Grading.Compiling;
using CourseKit.Grading.Judging;
using CourseKit.Grading.Reports;

namespace CourseKit.Grade;

/// <summary>
/// <c>grade &lt;file.csx&gt; [--exercise id] [--course dir] [--student id] [--format text|json|gradescope|junit] [--language en|zh] [--figure file.svg]</c>:
/// what a learner runs. Exit 0 for full marks, 1 otherwise (also for an answer awaiting manual grading), 2 for a usage
/// or internal error. For plot exercises the figure is saved beside the learner's file.
/// </summary>
public static class GradeApp
{
    /// <summary>Full marks.</summary>
    public const int FullMarks = 0;

    /// <summary>Graded, with points missing.</summary>
    public const int NotFullMarks = 1;

    /// <summary>The command line, the course or the grader itself was the problem.</summary>
    public const int UsageOrInternalError = 2;

    /// <summary>Parses <paramref name="args"/> and grades; output and errors go to the writers given, so tests can capture them.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, string currentDirectory, CancellationToken cancellationToken = default)
    {
        var file = new Argument<string>("file") { Description = "Your C# script (.csx)." };
        var exercise = new Option<string?>("--exercise", "-e") { Description = "The exercise id. Default: the first line's `// exercise: <id>` comment." };
        var course = new Option<string?>("--course") { Description = "The course folder (holding content/). Default: found upward from the current folder." };
        var student = new Option<string?>("--student") { Description = "Your student id; it picks your own random inputs, the same every time." };
        var format = new Option<string>("--format") { Description = "text, json, gradescope or junit.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "gradescope", "junit");
        var requireSandbox = new Option<bool>("--require-sandbox") { Description = "Refuse to run when the OS jail (bubblewrap) is not available." };
        var language = new Option<string>("--language")
        {
            Description = $"Language of the report: {string.Join(" or ", ReportText.Languages)}. Compiler messages stay English.",
            DefaultValueFactory = _ => ReportText.English.Language,
        };
        language.AcceptOnlyFromAmong([.. ReportText.Languages]);
        var figure = new Option<string?>("--figure") { Description = "Plot exercises: where to save your figure (SVG). Default: beside your file, as <file>.svg." };

        var root = new RootCommand(
            "grade: check your answer to a CourseKit exercise and learn what is wrong.\n\n"
            + "Examples:\n  grade tangent.csx --exercise tangent-plot\n  grade gradient.csx --student s1234567 --format json\n  grade gradient.csx --language zh")
        {
            file, exercise, course, student, format, requireSandbox, language, figure,
        };
        root.SetAction((parse, token) => GradeAsync(
            new Settings(
                parse.GetValue(file)!, parse.GetValue(exercise), parse.GetValue(course), parse.GetValue(student),
                Enum.Parse<ReportFormat>(parse.GetValue(format) ?? "text", ignoreCase: true), parse.GetValue(requireSandbox), parse.GetValue(language) ?? "en",
                parse.GetValue(figure)),
            output, error, currentDirectory, token));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync($"grade: {problem.Message}").ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run 'grade --help' for the options and an example.").ConfigureAwait(false);
            return UsageOrInternalError;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken).ConfigureAwait(false);
    }

    private sealed record Settings(
        string File, string? Exercise, string? Course, string? Student, ReportFormat Format, bool RequireSandbox, string Language, string? Figure);

    private static async Task<int> GradeAsync(Settings settings, TextWriter output, TextWriter error, string currentDirectory, CancellationToken cancellationToken)
    {
        int Usage(string message)
        {
            error.WriteLine($"grade: {message}");
            return UsageOrInternalError;
        }

        var path = Path.GetFullPath(Path.Combine(currentDirectory, settings.File));
        if (!File.Exists(path))
        {
            return Usage($"file '{settings.File}' does not exist");
        }

        var source = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        var exerciseId = settings.Exercise ?? SubmissionFinder.ExerciseNamedIn(source);
        if (exerciseId is null)
        {
            return Usage($"which exercise? Pass --exercise <id>, or start '{settings.File}' with a line '// exercise: <id>'");
        }

        var root = settings.Course is { } given ? Path.GetFullPath(Path.Combine(currentDirectory, given)) : PhysicalCourseFileSystem.FindRoot(currentDirectory);
        if (root is null || !File.Exists(Path.Combine(root, CourseLoader.CourseFile)))
        {
            return Usage(settings.Course is null
                ? $"no content/course.yml in '{currentDirectory}' or any folder above it; run grade inside the course or pass --course <dir>"
                : $"'{settings.Course}' holds no content/course.yml; pass the course folder");
        }

        // Roslyn's cold start (about a second) overlaps loading the course; a choice or numeric answer never waits for it.
        _ = Task.Run(ScriptCompiler.WarmUp, CancellationToken.None);
        var loaded = CourseLoader.Load(root);
        if (loaded.Course.FindExercise(exerciseId) is not { } exercise)
        {
            var known = string.Join(", ", loaded.Course.Exercises.Select(e => e.Id).Order(StringComparer.Ordinal));
            return Usage($"the course has no exercise '{exerciseId}'; its exercises are: {known}");
        }

        var errorsInExercise = loaded.Diagnostics.Where(d => d.IsError && d.File == exercise.File).ToList();
        if (errorsInExercise.Count > 0)
        {
            foreach (var diagnostic in errorsInExercise)
            {
                await error.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
            }

            return Usage($"the exercise '{exerciseId}' has errors in the course itself; tell your instructor (they can run `coursekit check`)");
        }

        var policy = settings.RequireSandbox ? SandboxPolicy.RequireSandbox : SandboxPolicy.PreferSandbox;
        var report = await new ExerciseGrader(root, policy, settings.Language)
            .GradeAsync(exercise, new Submission(source, Path.GetFileName(path)), settings.Student, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(ReportWriter.Write(report, settings.Format)).ConfigureAwait(false);
        if (report.Figure is { } svg)
        {
            // Beside the learner's file, as the report's companion; only text goes to the terminal, and only to stderr
            // when stdout carries JSON or XML for a machine.
            var figurePath = settings.Figure is { } chosen ? Path.GetFullPath(Path.Combine(currentDirectory, chosen)) : Path.ChangeExtension(path, ".svg");
            var notes = settings.Format == ReportFormat.Text ? output : error;
            var words = ReportText.For(report.Language);
            try
            {
                await File.WriteAllTextAsync(figurePath, svg, cancellationToken).ConfigureAwait(false);
                await notes.WriteLineAsync(words.FigureSaved(Path.GetRelativePath(currentDirectory, figurePath))).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await notes.WriteLineAsync(words.FigureNotSaved(figurePath, e.Message)).ConfigureAwait(false);
            }
        }

        return report.Verdict switch
        {
            Verdict.Passed => FullMarks,
            Verdict.Error => UsageOrInternalError,
            _ => NotFullMarks,
        };
    }
}
