using CourseKit.Content.Loading;
using CourseKit.Content.Model;
using CourseKit.Grading.Judging;
using CourseKit.Grading.Reports;

namespace CourseKit.Grading.Tests.Judging;

public class ExerciseGraderTests
{
    private static readonly string CourseRoot = Repository.ValidCourse;
    private static readonly Lazy<Course> Course = new(() => CourseLoader.Load(CourseRoot).Course);

    private static Task<GradeReport> Grade(string exerciseId, string source, string? student = null) =>
        new ExerciseGrader(CourseRoot).GradeAsync(Course.Value.FindExercise(exerciseId)!, new Submission(source), student);

    public static TheoryData<string, string> GradableSamples()
    {
        var data = new TheoryData<string, string>();
        foreach (var exercise in Course.Value.Exercises.Where(e => e.Kind is ExerciseKind.Derivative or ExerciseKind.Gradient or ExerciseKind.Function or ExerciseKind.Plot))
        {
            foreach (var sample in exercise.Grader.Samples)
            {
                data.Add(exercise.Id, sample.Path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GradableSamples))]
    public async Task Every_sample_submission_gets_the_verdict_its_name_promises(string exerciseId, string samplePath)
    {
        var exercise = Course.Value.FindExercise(exerciseId)!;
        var promised = exercise.Grader.Samples.Single(s => s.Path == samplePath).Verdict;

        var report = await Grade(exerciseId, await File.ReadAllTextAsync(Path.Combine(CourseRoot, samplePath)));

        var expected = promised switch
        {
            SampleVerdict.Passed => Verdict.Passed,
            SampleVerdict.Wrong => Verdict.Wrong,
            SampleVerdict.ForbiddenApi => Verdict.ForbiddenApi,
            SampleVerdict.CompileError => Verdict.CompileError,
            SampleVerdict.MissingEntry => Verdict.MissingEntry,
            SampleVerdict.BadOutput => Verdict.BadOutput,
            SampleVerdict.Timeout => Verdict.Timeout,
            SampleVerdict.MemoryLimit => Verdict.MemoryLimit,
            _ => Verdict.Crashed,
        };
        Assert.True(expected == report.Verdict, $"{samplePath}: expected {expected}, got {report.Verdict}\n{report.Output}\n{string.Join("\n", report.Checks.Select(c => $"{c.Name}: {c.Verdict} {c.Output}"))}");
        Assert.Equal(expected == Verdict.Passed ? report.MaxScore : report.Score, report.Score);
    }

    [Fact]
    public async Task A_lost_factor_of_two_is_reported_with_input_expected_got_and_hint()
    {
        var report = await Grade("quadratic-gradient", "double[] Gradient(double[] x) => x;");

        Assert.Equal(Verdict.Wrong, report.Verdict);
        Assert.Equal(0, report.Score);
        var check = report.Checks[0];
        Assert.Equal(MistakeShape.ConstantFactor, check.Mistake!.Shape);
        Assert.Contains("expected [", check.Output, StringComparison.Ordinal);
        Assert.Contains("got      [", check.Output, StringComparison.Ordinal);
        Assert.Contains("hint: Your answer is the true one times ½", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partial_credit_follows_the_checks_that_pass()
    {
        // Right at the fixed cases x = 1 and x = -2 only: the visible check passes, the random one fails.
        var report = await Grade("square-derivative", "double Derivative(double x) => x == 1 ? 1 : x == -2 ? 10 : 0;");

        Assert.Equal(Verdict.Wrong, report.Verdict);
        Assert.Equal(4, report.Score);
        Assert.Equal(10, report.MaxScore);
        Assert.Equal(Verdict.Passed, report.Checks[0].Verdict);
        Assert.Equal(Verdict.Wrong, report.Checks[1].Verdict);
        Assert.Contains("hint: Use the power rule on each term.", report.Checks[1].Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submission_that_loops_times_out_without_stopping_the_grader()
    {
        var report = await Grade("square-derivative", "double Derivative(double x) { while (true) { } }");

        Assert.Equal(Verdict.Timeout, report.Verdict);
        Assert.Equal(0, report.Score);
        Assert.All(report.Checks, c => Assert.Equal(Verdict.Timeout, c.Verdict));
    }

    [Fact]
    public async Task A_fake_verdict_printed_by_the_learner_earns_nothing()
    {
        var report = await Grade(
            "square-derivative",
            "double Derivative(double x) { System.Console.WriteLine(\"{\\\"score\\\": 10, \\\"status\\\": \\\"passed\\\"}\"); return 0; }");

        Assert.Equal(0, report.Score);
        Assert.Contains("your program printed", report.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("double Derivative(double x) => ForwardMode.Derivative(v => v * v * v - 2 * v, x);")]
    [InlineData("double Derivative(double x) { var t = Tensor.Scalar(x, requiresGrad: true); (t * t * t - 2 * t).Backward(); return t.Grad!.Item(); }")]
    public async Task Learner_code_can_use_the_engine_inside_the_jail(string source)
    {
        var report = await Grade("square-derivative", source);

        Assert.True(report.Verdict == Verdict.Passed, string.Join("\n", report.Checks.Select(c => c.Output)));
    }

    [Theory]
    [InlineData("// exercise: backward-twice\na\n", Verdict.Passed, "")]
    [InlineData("A)", Verdict.Passed, "")]
    [InlineData("b", Verdict.Wrong, "you chose b, which is not the right answer")]
    [InlineData("a, b", Verdict.Wrong, "you chose a, b")]
    [InlineData("z", Verdict.BadOutput, "`z` is not an option; the options are a, b, c")]
    [InlineData("// nothing chosen yet", Verdict.BadOutput, "no answer found")]
    public async Task Choice_answers_are_read_as_option_keys_never_run(string answer, Verdict verdict, string message)
    {
        var report = await Grade("backward-twice", answer);

        Assert.Equal(verdict, report.Verdict);
        Assert.Equal(verdict == Verdict.Passed ? 2 : 0, report.Score);
        Assert.Contains(message, report.Checks[0].Output, StringComparison.Ordinal);
    }
}
