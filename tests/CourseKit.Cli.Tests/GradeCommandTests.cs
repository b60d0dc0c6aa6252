using CourseKit.Grading.Batch;

namespace CourseKit.Cli.Tests;

public sealed class GradeCommandTests : IDisposable
{
    private static readonly string Valid = Path.Combine(CliRun.Courses, "valid");
    private readonly string _root = Path.Combine(Path.GetTempPath(), "coursekit-grade-" + Guid.NewGuid().ToString("N"));

    public GradeCommandTests() => Directory.CreateDirectory(Submissions);

    private string Submissions => Path.Combine(_root, "submissions");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Add(string relativePath, string source)
    {
        var path = Path.Combine(Submissions, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, source);
    }

    private Task<CliRun> Grade(params string[] args) => CliRun.RunAsync(_root, args: ["grade", .. args, "--course", Valid]);

    private IReadOnlyList<GradebookRow> Rows(string output) => Gradebook.Read(Path.Combine(_root, output, Gradebook.FileName));

    [Theory]
    [InlineData("submissions --out grades", "either --exercise")]
    [InlineData("submissions --auto --exercise square-derivative --out grades", "either --exercise")]
    [InlineData("submissions --auto --out grades --shard 2/2", "--shard wants k/n")]
    [InlineData("submissions --auto --out grades --jobs 0", "--jobs must be at least 1")]
    [InlineData("submissions --exercise no-such --out grades", "its exercises are: backward-twice, explain-tape")]
    [InlineData("nowhere --auto --out grades", "'nowhere' does not exist")]
    [InlineData("submissions --auto", "--out")]
    [InlineData("submissions --auto --out grades --language fr", "fr")]
    public async Task Usage_errors_exit_2_and_say_what_is_wrong(string args, string expected)
    {
        var run = await Grade(args.Split(' '));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "grades")));
    }

    [Fact]
    public async Task Grades_a_class_with_plain_lines_and_a_summary_then_resumes_without_grading_again()
    {
        Add("alice.csx", "double Derivative(double x) => 3 * x * x - 2;");
        Add("bob.csx", "double Derivative(double x) => x * x - 2;");

        var run = await Grade("submissions", "--exercise", "square-derivative", "--out", "grades", "--jobs", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("grading 2 submissions with 2 workers into grades", run.Out, StringComparison.Ordinal);
        Assert.Contains("] alice square-derivative: 10/10 passed (", run.Out, StringComparison.Ordinal);
        Assert.Contains("] bob square-derivative: 0/10 wrong (", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"\| passed +\| +1 \|", run.Out);
        Assert.Contains("mean score 5 (50 %)", run.Out, StringComparison.Ordinal);
        Assert.Contains("slowest: ", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Out);
        Assert.Equal(["alice passed", "bob wrong"], Rows("grades").Select(r => $"{r.Student} {r.Verdict}").Order());
        Assert.True(File.Exists(Path.Combine(_root, "grades", "reports", "bob", "square-derivative.json")));

        var again = await Grade("submissions", "--exercise", "square-derivative", "--out", "grades");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("] alice square-derivative: 10/10 passed (unchanged, kept)", again.Out, StringComparison.Ordinal);
        Assert.Contains("graded 0, kept 2 unchanged", again.Out, StringComparison.Ordinal);
        Assert.Equal(2, Rows("grades").Count);
    }

    [Fact]
    public async Task Reports_are_written_in_the_language_asked_for_and_the_gradebook_stays_english()
    {
        Add("bob.csx", "double Derivative(double x) => x * x - 2;");

        var run = await Grade("submissions", "--exercise", "square-derivative", "--out", "grades", "--language", "zh");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["bob wrong"], Rows("grades").Select(r => $"{r.Student} {r.Verdict}"));
        var report = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(_root, "grades", "reports", "bob", "square-derivative.json")))!;
        Assert.Equal("zh", (string?)report["language"]);
        Assert.Equal("failed", (string?)report["status"]);
        Assert.Contains("提示", (string?)report["tests"]![0]!["output"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_names_no_exercise_is_reported_and_the_run_exits_1()
    {
        Add("carol.csx", "double Derivative(double x) => 0;");

        var run = await Grade("submissions", "--auto", "--out", "grades");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("skipped carol.csx: names no exercise", run.Error, StringComparison.Ordinal);
        Assert.Empty(Rows("grades"));
    }

    [Fact]
    public async Task Shards_split_the_class_and_merge_joins_them_back()
    {
        // A manual exercise is judged without a worker (a pending row for the instructor), which keeps this test fast.
        var students = Enumerable.Range(1, 9).Select(i => $"s{i}").ToList();
        students.ForEach(s => Add($"{s}.csx", "// my essay"));

        var first = await Grade("submissions", "--exercise", "explain-tape", "--out", "shard-0", "--shard", "0/2");
        var second = await Grade("submissions", "--exercise", "explain-tape", "--out", "shard-1", "--shard", "1/2");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Contains("(shard 0/2, ", first.Out, StringComparison.Ordinal);
        var split = Rows("shard-0").Select(r => r.Student).Concat(Rows("shard-1").Select(r => r.Student)).ToList();
        Assert.Equal(students, split.Order(StringComparer.Ordinal));

        var merged = await CliRun.RunAsync(_root, args: ["grade", "merge", "shard-0", "shard-1", "shard-0", "--out", "all"]);

        Assert.Equal(0, merged.ExitCode);
        Assert.Contains($"merged 3 gradebooks: 9 rows, {Rows("shard-0").Count} duplicate", merged.Out, StringComparison.Ordinal);
        Assert.Equal(students, Rows("all").Select(r => r.Student).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Merge_names_conflicting_results_and_exits_1()
    {
        Gradebook.Write(Path.Combine(_root, "a", Gradebook.FileName), [new GradebookRow("alice", "ex", 10, 10, "passed", "passed", 1)]);
        Gradebook.Write(Path.Combine(_root, "b", Gradebook.FileName), [new GradebookRow("alice", "ex", 0, 10, "failed", "timeout", 3)]);

        var run = await CliRun.RunAsync(_root, args: ["grade", "merge", "a", "b", "--out", "all"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("conflict: student 'alice', exercise 'ex'", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_root, "all", Gradebook.FileName)));
    }
}
