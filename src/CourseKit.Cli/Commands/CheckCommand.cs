using System.CommandLine;
using CourseKit.Cli.Output;
using CourseKit.Content.FileSystem;
using CourseKit.Content.Verification;

namespace CourseKit.Cli.Commands;

/// <summary><c>coursekit check [dir] [--format text|json]</c>: load the course, run the verifiers, report like a compiler.</summary>
internal sealed class CheckCommand : Command
{
    private readonly Argument<string?> directory = new("dir")
    {
        Description = "The course folder (the one holding content/). Default: found upward from the current folder.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<string> format = new("--format")
    {
        Description = "Output format: text (compiler-style lines and a summary) or json.",
        DefaultValueFactory = _ => "text",
    };

    public CheckCommand(CliConsole console, IReadOnlyList<ICourseVerifier> verifiers)
        : base(
            "check",
            "Load the course and validate everything; exit 0 when clean, 1 on errors, 2 on usage errors.\n\n"
            + "Examples:\n  coursekit check\n  coursekit check ~/courses/calculus --format json")
    {
        format.AcceptOnlyFromAmong("text", "json");
        Arguments.Add(directory);
        Options.Add(format);
        SetAction((parse, cancellationToken) =>
            RunAsync(console, verifiers, parse.GetValue(directory), parse.GetValue(format) ?? "text", cancellationToken));
    }

    private static async Task<int> RunAsync(
        CliConsole console, IReadOnlyList<ICourseVerifier> verifiers, string? dir, string format, CancellationToken cancellationToken)
    {
        if (CourseRoot.Find(console, dir) is not { } root)
        {
            return ExitCodes.Usage;
        }

        var report = await CourseChecker.CheckAsync(new PhysicalCourseFileSystem(root), verifiers, cancellationToken).ConfigureAwait(false);
        if (format == "json")
        {
            DiagnosticWriter.WriteJson(console, report);
        }
        else
        {
            DiagnosticWriter.WriteText(console, report);
        }

        return report.Errors == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
