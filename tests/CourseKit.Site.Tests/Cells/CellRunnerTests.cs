using CourseKit.Site.Cells;

namespace CourseKit.Site.Tests.Cells;

public class CellRunnerTests
{
    private static readonly CellRunner Runner = new();

    [Fact]
    public void Cells_share_state_print_and_show_their_final_value()
    {
        var session = Runner.StartSession();
        var first = session.Run("var xs = new[] { 1.5, 2.0 };\nConsole.WriteLine(\"two values\");", out var failure);
        Assert.Null(failure);
        Assert.Equal(new CellOutput("two values\n", null, null), first);
        var second = session.Run("xs.Select(x => x * 2).ToArray()", out failure);
        Assert.Null(failure);
        Assert.Equal("[3, 4]", second!.Value);
        Assert.Equal("tensor([1., 2.])", session.Run("Tensor.FromArray(new[] { 1.0, 2.0 })", out _)!.Value);
    }

    [Fact]
    public void A_returned_plot_becomes_an_svg_figure()
    {
        var session = Runner.StartSession();
        var output = session.Run("var x = new[] { 0.0, 1.0, 2.0 };\nPlot(x, x.Select(v => v * v).ToArray(), \"x\", \"y\")", out var failure);
        Assert.Null(failure);
        Assert.Null(output!.Value);
        Assert.StartsWith("<svg", output.Svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Failures_say_where_in_the_cell_and_why()
    {
        var session = Runner.StartSession();
        Assert.Null(session.Run("var a = 1;\nvar b = undefinedName;", out var compile));
        Assert.Equal((true, 2), (compile!.IsCompileError, compile.Line));
        Assert.Contains("CS0103", compile.Message, StringComparison.Ordinal);

        Assert.Null(session.Run("var c = 1;\n\nthrow new ArgumentException(\"bad\");", out var thrown));
        Assert.Equal((false, 3), (thrown!.IsCompileError, thrown.Line));
        Assert.StartsWith("ArgumentException: bad", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tight_loop_past_the_limit_fails_on_time_and_poisons_the_session()
    {
        var session = Runner.StartSession(TimeSpan.FromMilliseconds(400));
        Assert.NotNull(session.Run("var warm = 1;", out var none));
        Assert.Null(none);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // No token reaches this loop; it ends on its own after 3 s so the abandoned thread does not spin for the rest of the run.
        var output = session.Run("var end = DateTime.UtcNow.AddSeconds(3);\nlong n = 0;\nwhile (DateTime.UtcNow < end) { n++; }", out var failure);
        clock.Stop();
        Assert.Null(output);
        Assert.True(failure!.TimedOut);
        Assert.False(failure.IsCompileError);
        Assert.Contains("400ms", failure.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2.5), $"gave up after {clock.Elapsed}");
        Assert.Null(session.Run("warm + 1", out var after));
        Assert.True(after!.TimedOut);
    }

    [Fact]
    public void A_cell_within_its_limit_runs_on_its_own_thread_and_keeps_the_notebook_state()
    {
        var session = Runner.StartSession(TimeSpan.FromSeconds(20));
        Assert.Null(session.Run("var a = 20;\nSystem.Threading.Thread.Sleep(50);", out var failure)?.Value);
        Assert.Null(failure);
        Assert.Equal("21", session.Run("a + 1", out _)!.Value);
        Assert.Equal("1.5", session.Run("1.5", out _)!.Value); // invariant culture on the cell's thread too
        Assert.Null(session.Run("var b = 1;\nthrow new InvalidOperationException(\"x\");", out var thrown));
        Assert.Equal(2, thrown!.Line);
    }

    [Theory]
    [InlineData(30_000, "30s")]
    [InlineData(1_500, "1500ms")]
    [InlineData(250, "250ms")]
    public void Limits_are_described_as_course_yml_writes_them(int milliseconds, string written) =>
        Assert.Equal(written, CellRunner.Session.Describe(TimeSpan.FromMilliseconds(milliseconds)));

    [Fact]
    public void Cache_keys_chain_so_an_edit_changes_its_cell_and_every_later_one()
    {
        var before = CellCache.Keys(["a", "b", "c"]);
        var after = CellCache.Keys(["a", "B", "c"]);
        Assert.Equal(before[0], after[0]);
        Assert.NotEqual(before[1], after[1]);
        Assert.NotEqual(before[2], after[2]);
    }
}
