using System.CommandLine;
using CourseKit.Cli.Commands;
using CourseKit.Content.Verification;
using CourseKit.Grading.Verification;

namespace CourseKit.Cli;

/// <summary>Every coursekit command, registered in one place.</summary>
public static class CommandRegistry
{
    /// <summary>
    /// The verifiers <c>check</c> runs after loading: the grading verifier compiles references and starters, checks
    /// derivative references against finite differences and grades every sample submission in graders/.
    /// </summary>
    public static IReadOnlyList<ICourseVerifier> DefaultVerifiers { get; } = [new GradingVerifier()];

    /// <summary>Builds the command tree writing to <paramref name="console"/>.</summary>
    public static RootCommand Build(CliConsole console, IReadOnlyList<ICourseVerifier> verifiers)
    {
        var root = new RootCommand(
            "coursekit: check and scaffold CourseKit courses.\n\n"
            + "Examples:\n  coursekit check\n  coursekit new chapter linear-algebra\n  coursekit new exercise calculus tangent-slope --kind derivative");
        root.Subcommands.Add(new CheckCommand(console, verifiers));
        root.Subcommands.Add(new NewCommand(console));
        root.Subcommands.Add(new GradeCommand(console));
        root.Subcommands.Add(new BuildCommand(console));
        root.Subcommands.Add(new ServeCommand(console));
        return root;
    }
}
