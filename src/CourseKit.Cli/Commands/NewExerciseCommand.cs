using System.CommandLine;
using CourseKit.Content.Authoring;
using CourseKit.Content.FileSystem;
using CourseKit.Content.Model;

namespace CourseKit.Cli.Commands;

/// <summary><c>coursekit new exercise &lt;chapter&gt; &lt;id&gt; --kind &lt;kind&gt;</c>: a valid exercise and, for graded kinds, sample submissions.</summary>
internal sealed class NewExerciseCommand : Command
{
    private readonly Argument<string> chapter = new("chapter")
    {
        Description = "The chapter, by slug (calculus) or folder (01-calculus).",
    };

    private readonly Argument<string> id = new("id")
    {
        Description = "The exercise's kebab-case id, unique in the course.",
    };

    private readonly Option<string> kind = new("--kind")
    {
        Description = "What the exercise asks for.",
        Required = true,
    };

    private readonly Option<string?> course = new("--course")
    {
        Description = "The course folder. Default: found upward from the current folder.",
    };

    public NewExerciseCommand(CliConsole console)
        : base(
            "exercise",
            "Add an exercise to a chapter: content/<chapter>/exercises/<id>.yml, plus a correct and a wrong sample under graders/.\n\n"
            + "Example:\n  coursekit new exercise calculus tangent-slope --kind derivative")
    {
        kind.AcceptOnlyFromAmong(Enum.GetNames<ExerciseKind>().Select(n => n.ToLowerInvariant()).ToArray());
        Arguments.Add(chapter);
        Arguments.Add(id);
        Options.Add(kind);
        Options.Add(course);
        SetAction(parse =>
        {
            if (CourseRoot.Find(console, parse.GetValue(course)) is not { } root)
            {
                return ExitCodes.Usage;
            }

            var exerciseKind = Enum.Parse<ExerciseKind>(parse.GetValue(kind)!, ignoreCase: true);
            var result = CourseScaffolder.NewExercise(new PhysicalCourseFileSystem(root), parse.GetValue(chapter)!, parse.GetValue(id)!, exerciseKind);
            return ScaffoldWriter.Write(console, root, result);
        });
    }
}
