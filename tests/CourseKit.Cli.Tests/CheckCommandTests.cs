using System.Text.Json;
using System.Text.RegularExpressions;
using CourseKit.Content.Diagnostics;
using CourseKit.Content.Verification;

namespace CourseKit.Cli.Tests;

public partial class CheckCommandTests
{
    private static readonly string Valid = Path.Combine(CliRun.Courses, "valid");
    private static readonly string Broken = Path.Combine(CliRun.Courses, "broken");

    [Fact]
    public async Task Clean_course_exits_0_with_a_summary_and_no_colour()
    {
        var run = await CliRun.RunAsync(Valid, args: ["check"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("check passed: 0 errors, 0 warnings, 0 infos in 2 chapters and 7 exercises", run.Out.Trim());
        Assert.DoesNotContain('\u001b', run.Out);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Course_is_found_upward_from_a_subfolder()
    {
        var run = await CliRun.RunAsync(Path.Combine(Valid, "content", "01-calculus", "exercises"), args: ["check"]);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Errors_print_compiler_style_and_exit_1()
    {
        var run = await CliRun.RunAsync(CliRun.Courses, args: ["check", Path.Combine("broken", "unknown-key-in-check")]);
        Assert.Equal(1, run.ExitCode);
        var lines = run.Out.Trim().Split('\n');
        Assert.Equal(
            "content/01-basics/exercises/slope.yml(14,3): error CK005: unknown key `tolerence` in check — did you mean `rtol`?",
            lines[0]);
        Assert.Matches(CompilerLine(), lines[0]);
        Assert.Equal("check failed: 1 error, 0 warnings, 0 infos in 1 chapter and 2 exercises", lines[^1]);
    }

    [Fact]
    public async Task Every_broken_course_fails_and_every_line_is_compiler_style()
    {
        foreach (var folder in Directory.GetDirectories(Broken))
        {
            var run = await CliRun.RunAsync(folder, args: ["check", folder]);
            var lines = run.Out.Trim().Split('\n');
            Assert.All(lines[..^1], line => Assert.Matches(CompilerLine(), line));
            var expectError = File.ReadAllText(Path.Combine(folder, "expected.txt")).Contains(": error ", StringComparison.Ordinal);
            Assert.Equal(expectError ? 1 : 0, run.ExitCode);
        }
    }

    [Fact]
    public async Task Json_format_lists_diagnostics_with_positions()
    {
        var run = await CliRun.RunAsync(Broken, args: ["check", "unknown-label", "--format", "json"]);
        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.False(root.GetProperty("passed").GetBoolean());
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        var diagnostic = Assert.Single(root.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("CK025", diagnostic.GetProperty("code").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("content/01-basics/index.md", diagnostic.GetProperty("file").GetString());
        Assert.Equal((4, 30), (diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32()));
        Assert.Equal("`:numref:` to unknown label `fig_circle`", diagnostic.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("check", "does-not-exist")]
    [InlineData("new", "exercise", "calculus", "x")]
    public async Task Usage_errors_exit_2_on_stderr(params string[] args)
    {
        var run = await CliRun.RunAsync(Valid, args: args);
        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public async Task No_course_found_is_a_usage_error()
    {
        var run = await CliRun.RunAsync(Path.GetTempPath(), args: ["check"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no content/course.yml", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Colour_only_when_asked()
    {
        var plain = await CliRun.RunAsync(Broken, color: false, args: ["check", "unknown-label"]);
        var coloured = await CliRun.RunAsync(Broken, color: true, args: ["check", "unknown-label"]);
        Assert.DoesNotContain('\u001b', plain.Out);
        Assert.Contains("\u001b[31merror\u001b[0m CK025", coloured.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("new")]
    [InlineData("new", "chapter")]
    [InlineData("new", "exercise")]
    public async Task Every_command_has_help_with_an_example(params string[] command)
    {
        var run = await CliRun.RunAsync(Valid, args: [.. command, "--help"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Example", run.Out, StringComparison.Ordinal);
        Assert.Contains("coursekit " + string.Join(' ', command), run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verifiers_add_their_diagnostics_and_a_throwing_one_is_reported()
    {
        var verifiers = new ICourseVerifier[] { new FlagFirstExercise(), new Throwing() };
        var run = await CliRun.RunAsync(Valid, verifiers, args: ["check"]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/01-calculus/exercises/limit-value.yml(1,1): error CK101: reference does not compile", run.Out, StringComparison.Ordinal);
        Assert.Contains("error CK090: verifier `throwing` failed: InvalidOperationException: boom", run.Out, StringComparison.Ordinal);
    }

    private sealed class FlagFirstExercise : ICourseVerifier
    {
        public string Name => "flag";

        public Task<IReadOnlyList<Diagnostic>> VerifyAsync(CourseVerificationContext context, CancellationToken cancellationToken)
        {
            var exercise = context.Loaded.Course.Exercises.First();
            IReadOnlyList<Diagnostic> result = [new("CK101", DiagnosticSeverity.Error, exercise.File, 1, 1, "reference does not compile")];
            return Task.FromResult(result);
        }
    }

    private sealed class Throwing : ICourseVerifier
    {
        public string Name => "throwing";

        public Task<IReadOnlyList<Diagnostic>> VerifyAsync(CourseVerificationContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("boom");
    }

    [GeneratedRegex(@"^[^()\s]+(\(\d+,\d+\))?: (error|warning|info) CK\d{3}: .+$")]
    private static partial Regex CompilerLine();
}
