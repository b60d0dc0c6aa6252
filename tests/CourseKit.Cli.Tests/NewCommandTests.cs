using CourseKit.Content.Loading;
using CourseKit.Content.Model;

namespace CourseKit.Cli.Tests;

public class NewCommandTests
{
    [Fact]
    public async Task New_chapter_and_every_kind_of_exercise_pass_check_as_written()
    {
        using var course = CliRun.Copy("valid");
        var chapter = await CliRun.RunAsync(course.Root, args: ["new", "chapter", "linear-algebra"]);
        Assert.Equal(0, chapter.ExitCode);
        Assert.Contains("created content/03-linear-algebra/index.zh.md", chapter.Out, StringComparison.Ordinal);

        foreach (var kind in Enum.GetNames<ExerciseKind>().Select(k => k.ToLowerInvariant()))
        {
            var exercise = await CliRun.RunAsync(course.Root, args: ["new", "exercise", "linear-algebra", $"try-{kind}", "--kind", kind]);
            Assert.True(exercise.ExitCode == 0, exercise.Error);
        }

        var check = await CliRun.RunAsync(course.Root, args: ["check"]);
        Assert.True(check.ExitCode == 0, check.Out);
        Assert.StartsWith("check passed: 0 errors, 0 warnings, 0 infos in 3 chapters and 15 exercises", check.Out, StringComparison.Ordinal);

        var loaded = CourseLoader.Load(course.Root).Course;
        var added = loaded.FindChapter("linear-algebra")!;
        Assert.Equal((3, "03-linear-algebra"), (added.Number, added.FolderName));
        Assert.Equal(8, added.Exercises.Count);
        Assert.Equal(2, loaded.FindExercise("try-gradient")!.Grader.Samples.Count);
    }

    [Fact]
    public async Task New_exercise_refuses_to_overwrite()
    {
        using var course = CliRun.Copy("valid");
        var run = await CliRun.RunAsync(course.Root, args: ["new", "exercise", "calculus", "square-derivative", "--kind", "derivative"]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("already exists", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_names_are_usage_errors()
    {
        using var course = CliRun.Copy("valid");
        Assert.Equal(2, (await CliRun.RunAsync(course.Root, args: ["new", "chapter", "Linear Algebra"])).ExitCode);
        Assert.Equal(2, (await CliRun.RunAsync(course.Root, args: ["new", "exercise", "calculus", "Bad_Id", "--kind", "plot"])).ExitCode);
        Assert.Equal(2, (await CliRun.RunAsync(course.Root, args: ["new", "exercise", "calculus", "ok-id", "--kind", "essay"])).ExitCode);
        Assert.Equal(1, (await CliRun.RunAsync(course.Root, args: ["new", "exercise", "nowhere", "ok-id", "--kind", "plot"])).ExitCode);
    }
}
