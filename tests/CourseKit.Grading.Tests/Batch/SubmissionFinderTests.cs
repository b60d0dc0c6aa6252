using CourseKit.Grading.Batch;

namespace CourseKit.Grading.Tests.Batch;

public class SubmissionFinderTests
{
    [Fact]
    public void With_an_exercise_each_top_level_file_is_a_student_and_folders_give_only_that_exercise()
    {
        using var folder = new ClassFolder();
        folder.Add("alice.csx", "double Derivative(double x) => 3 * x * x - 2;");
        folder.Add("bob.csx", "// exercise: scale-function\nanything");
        folder.Add("carol/square-derivative.csx", "x");
        folder.Add("carol/scale-function.csx", "x");
        folder.Add("notes.txt", "not a submission");
        folder.Add(".hidden.csx", "editor backup");

        var scan = SubmissionFinder.Find(folder.Submissions, "square-derivative");

        Assert.Equal(
            ["alice.csx alice square-derivative", "bob.csx bob square-derivative", "carol/square-derivative.csx carol square-derivative"],
            scan.Submissions.Select(s => $"{s.RelativePath} {s.Student} {s.ExerciseId}"));
        Assert.Empty(scan.Problems);
    }

    [Fact]
    public void Auto_names_the_exercise_by_first_line_comment_or_file_name_and_reports_what_it_cannot_grade()
    {
        using var folder = new ClassFolder();
        folder.Add("alice/square-derivative.csx", "double Derivative(double x) => 0;");
        folder.Add("alice/answer2.csx", "  // exercise: scale-function\ndouble[] Scale(double[] a, double f) => a;");
        folder.Add("bob.csx", "// exercise: quadratic-gradient\n");
        folder.Add("carol.csx", "double Derivative(double x) => 0;");
        folder.Add("dave/square-derivative.csx", "first");
        folder.Add("dave/z.csx", "// exercise: square-derivative\nsecond");

        var scan = SubmissionFinder.Find(folder.Submissions, exerciseId: null);

        Assert.Equal(
            ["alice/answer2.csx alice scale-function", "alice/square-derivative.csx alice square-derivative", "bob.csx bob quadratic-gradient",
                "dave/square-derivative.csx dave square-derivative"],
            scan.Submissions.Select(s => $"{s.RelativePath} {s.Student} {s.ExerciseId}"));
        Assert.Equal(2, scan.Problems.Count);
        Assert.Contains(scan.Problems, p => p.StartsWith("carol.csx: names no exercise", StringComparison.Ordinal));
        Assert.Contains(scan.Problems, p => p.StartsWith("dave/z.csx: a second answer by 'dave' to 'square-derivative'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("// exercise: square-derivative", "square-derivative")]
    [InlineData("\n  //exercise:tangent-plot\ncode", "tangent-plot")]
    [InlineData("double X() => 1; // exercise: square-derivative", null)]
    [InlineData("// Exercise: Square", null)]
    public void The_exercise_comment_must_open_the_file(string source, string? expected) =>
        Assert.Equal(expected, SubmissionFinder.ExerciseNamedIn(source));
}
