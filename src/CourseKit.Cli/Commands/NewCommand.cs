using System.CommandLine;

namespace CourseKit.Cli.Commands;

/// <summary><c>coursekit new</c>: the group of scaffolding commands.</summary>
internal sealed class NewCommand : Command
{
    public NewCommand(CliConsole console)
        : base(
            "new",
            "Create a chapter or an exercise that passes `coursekit check` as it is.\n\n"
            + "Examples:\n  coursekit new chapter linear-algebra\n  coursekit new exercise calculus tangent-slope --kind derivative")
    {
        Subcommands.Add(new NewChapterCommand(console));
        Subcommands.Add(new NewExerciseCommand(console));
    }
}
