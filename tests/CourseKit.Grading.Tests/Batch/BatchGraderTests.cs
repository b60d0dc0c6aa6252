using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CourseKit.Content.Model;
using CourseKit.Grading.Batch;
using CourseKit.Grading.Judging;
using CourseKit.Grading.Reports;

namespace CourseKit.Grading.Tests.Batch;

[Collection(OneWorkerAtATime.Name)]
public class BatchGraderTests
{
    private const string Correct = "double Derivative(double x) => 3 * x * x - 2;";
    private const string LostFactor = "double Derivative(double x) => x * x - 2;";
    private const string Endless = "double Derivative(double x) { while (true) { } }";

    private static async Task<(BatchRun Run, int Graded)> Batch(
        ClassFolder folder, string? exerciseId, int jobs, Func<Exercise, Submission, string, Task<GradeReport>>? grade = null, CancellationToken cancellationToken = default)
    {
        var real = new ExerciseGrader(ClassFolder.CourseRoot);
        var calls = 0;
        var grader = new BatchGrader(ClassFolder.Course.Value, jobs, (exercise, submission, student, token) =>
        {
            Interlocked.Increment(ref calls);
            return grade is null ? real.GradeAsync(exercise, submission, student, token) : grade(exercise, submission, student);
        });
        using var output = new BatchOutput(folder.Out);
        var run = await grader.RunAsync(SubmissionFinder.Find(folder.Submissions, exerciseId).Submissions, output, cancellationToken: cancellationToken);
        return (run, calls);
    }

    private static Task<GradeReport> Passed(Exercise exercise, Submission submission, string student) =>
        Task.FromResult(new GradeReport(exercise.Id, student, Verdict.Passed, exercise.Points, exercise.Points, TimeSpan.FromMilliseconds(5), "", [], []));

    private static Dictionary<string, string> VerdictsInGradebook(ClassFolder folder) =>
        Gradebook.Read(Path.Combine(folder.Out, Gradebook.FileName)).ToDictionary(r => $"{r.Student}/{r.Exercise}", r => r.Verdict);

    [Fact]
    public async Task Grades_a_class_with_a_hostile_answer_then_resumes_without_regrading_and_regrades_what_changed()
    {
        using var folder = new ClassFolder();
        folder.Add("alice.csx", Correct);
        folder.Add("bob.csx", LostFactor);
        folder.Add("carol.csx", Endless);
        folder.Add("dave.csx", Correct);

        var (first, graded) = await Batch(folder, "square-derivative", jobs: 2);

        Assert.Equal(4, graded);
        Assert.False(first.Interrupted);
        var expected = new Dictionary<string, string>
        {
            ["alice/square-derivative"] = "passed",
            ["bob/square-derivative"] = "wrong",
            ["carol/square-derivative"] = "timeout",
            ["dave/square-derivative"] = "passed",
        };
        Assert.Equal(expected, VerdictsInGradebook(folder));
        Assert.Equal(5, folder.GradebookLines().Length);
        var alice = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Out, "reports", "alice", "square-derivative.json")))!;
        Assert.Equal(10, (double)alice["score"]!);
        Assert.Equal("alice", (string)alice["student"]!);
        Assert.Equal("alice.csx", (string)alice[BatchOutput.PathField]!);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder.Submissions, "alice.csx")))), (string)alice[BatchOutput.HashField]!);

        var (again, regraded) = await Batch(folder, "square-derivative", jobs: 2);

        Assert.Equal(0, regraded);
        Assert.Equal(4, again.CarriedOver);
        Assert.Equal(expected, VerdictsInGradebook(folder));
        Assert.Equal(5, folder.GradebookLines().Length);

        folder.Add("bob.csx", Correct + "\n// fixed the factor");
        var (changed, changedGraded) = await Batch(folder, "square-derivative", jobs: 2);

        Assert.Equal(1, changedGraded);
        Assert.Equal("bob", Assert.Single(changed.Results, r => !r.CarriedOver).Submission.Student);
        expected["bob/square-derivative"] = "passed";
        Assert.Equal(expected, VerdictsInGradebook(folder));
        Assert.Equal(5, folder.GradebookLines().Length);
    }

    [Fact]
    public async Task A_grader_exception_or_an_unknown_exercise_becomes_that_answers_error_row_and_the_rest_go_on()
    {
        using var folder = new ClassFolder();
        folder.Add("alice/square-derivative.csx", "a");
        folder.Add("bob/square-derivative.csx", "b");
        folder.Add("carol/no-such-exercise.csx", "c");
        folder.Add("dave/scale-function.csx", "d");

        var (run, graded) = await Batch(folder, exerciseId: null, jobs: 2, grade: (exercise, submission, student) =>
            student == "bob" ? throw new InvalidOperationException("the grader broke") : Passed(exercise, submission, student));

        Assert.Equal(3, graded);
        var rows = Gradebook.Read(Path.Combine(folder.Out, Gradebook.FileName)).ToDictionary(r => r.Student);
        Assert.Equal(["alice", "bob", "carol", "dave"], rows.Keys.Order());
        Assert.Equal(("passed", 10.0), (rows["alice"].Status, rows["alice"].Score));
        Assert.Equal(("error", "error", 0.0, 10.0), (rows["bob"].Status, rows["bob"].Verdict, rows["bob"].Score, rows["bob"].MaxScore));
        Assert.Equal("error", rows["carol"].Status);
        var bob = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Out, "reports", "bob", "square-derivative.json")))!;
        Assert.Contains("InvalidOperationException: the grader broke", (string)bob["output"]!, StringComparison.Ordinal);
        var carol = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Out, "reports", "carol", "no-such-exercise.json")))!;
        Assert.Contains("no exercise 'no-such-exercise'", (string)carol["output"]!, StringComparison.Ordinal);
        Assert.Equal(4, run.Summary.Count);
        Assert.Equal([("error", 2), ("passed", 2)], run.Summary.ByVerdict);
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_an_error_row_and_is_tried_again_next_run()
    {
        using var folder = new ClassFolder();
        folder.Add("alice.csx", "a");
        folder.Add("bob.csx", "b");
        var found = SubmissionFinder.Find(folder.Submissions, "square-derivative").Submissions;
        File.Delete(Path.Combine(folder.Submissions, "bob.csx"));
        var grader = new BatchGrader(ClassFolder.Course.Value, 1, (exercise, submission, student, _) => Passed(exercise, submission, student));

        using (var output = new BatchOutput(folder.Out))
        {
            var run = await grader.RunAsync(found, output);
            var bob = Assert.Single(run.Results, r => r.Submission.Student == "bob").Row;
            Assert.Equal("error", bob.Status);
        }

        folder.Add("bob.csx", "b");
        using (var output = new BatchOutput(folder.Out))
        {
            var again = await grader.RunAsync(found, output);
            Assert.Equal("bob", Assert.Single(again.Results, r => !r.CarriedOver).Submission.Student);
        }

        Assert.Equal("passed", VerdictsInGradebook(folder)["bob/square-derivative"]);
    }

    [Fact]
    public async Task What_a_crash_leaves_behind_is_repaired_on_resume_without_duplicate_rows()
    {
        using var folder = new ClassFolder();
        folder.Add("alice.csx", "a");
        folder.Add("bob.csx", "b");
        await Batch(folder, "square-derivative", jobs: 1, grade: Passed);
        var lines = folder.GradebookLines();

        // A crash after bob's report was renamed into place but before his row was appended in full,
        // with another report's temporary file still lying around.
        File.WriteAllText(Path.Combine(folder.Out, Gradebook.FileName), $"{lines[0]}\r\n{lines[1]}\r\nbob,squ");
        var leftover = Path.Combine(folder.Out, "reports", "alice", "square-derivative.json.tmp-0123");
        File.WriteAllText(leftover, "{\"sco");

        var (run, graded) = await Batch(folder, "square-derivative", jobs: 1, grade: Passed);

        Assert.Equal(0, graded);
        Assert.Equal(2, run.CarriedOver);
        Assert.Equal(["alice/square-derivative", "bob/square-derivative"], VerdictsInGradebook(folder).Keys.Order());
        Assert.Equal(3, folder.GradebookLines().Length);
        Assert.False(File.Exists(leftover));
    }

    [Fact]
    public async Task An_interrupted_batch_finishes_what_runs_starts_nothing_new_and_the_next_run_does_the_rest()
    {
        using var folder = new ClassFolder();
        foreach (var student in new[] { "a", "b", "c" })
        {
            folder.Add($"{student}.csx", student);
        }

        using var interrupt = new CancellationTokenSource();
        var (stopped, graded) = await Batch(folder, "square-derivative", jobs: 1, cancellationToken: interrupt.Token, grade: (exercise, submission, student) =>
        {
            interrupt.Cancel();
            return Passed(exercise, submission, student);
        });

        Assert.Equal(1, graded);
        Assert.True(stopped.Interrupted);
        Assert.Equal(2, stopped.NotStarted);
        Assert.Equal(2, folder.GradebookLines().Length);

        var (rest, restGraded) = await Batch(folder, "square-derivative", jobs: 1, grade: Passed);

        Assert.Equal(2, restGraded);
        Assert.False(rest.Interrupted);
        Assert.Equal(["a", "b", "c"], Gradebook.Read(Path.Combine(folder.Out, Gradebook.FileName)).Select(r => r.Student).Order());
    }
}
