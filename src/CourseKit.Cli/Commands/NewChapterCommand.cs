using System.CommandLine;
using CourseKit.Content.Authoring;
using CourseKit.Content.FileSystem;

namespace CourseKit.Cli.Commands;

/// <summary><c>coursekit new chapter &lt;slug&gt;</c>: a numbered chapter folder, one index per language, listed in course.yml.</summary>
internal sealed class NewChapterCommand : Command
{
    private readonly Argument<string> slug = new("slug")
    {
        Description = "The chapter's kebab-case name; the folder becomes content/NN-<slug>.",
    };

    private readonly Option<string?> course = new("--course")
    {
        Description = "The course folder. Default: found upward from the current folder.",
    };

    public NewChapterCommand(CliConsole console)
        : base("chapter", "Add a chapter after the last one, with an index per course language.\n\nExample:\n  coursekit new chapter linear-algebra")
    {
        Arguments.Add(slug);
        Options.Add(course);
        SetAction(parse =>
        {
            if (CourseRoot.Find(console, parse.GetValue(course)) is not { } root)
            {
                return ExitCodes.Usage;
            }

            var result = CourseScaffolder.NewChapter(new PhysicalCourseFileSystem(root), parse.GetValue(slug)!);
            return ScaffoldWriter.Write(console, root, result);
        });
    }
}
