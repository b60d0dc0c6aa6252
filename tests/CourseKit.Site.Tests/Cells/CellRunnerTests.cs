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
    public void Cache_keys_chain_so_an_edit_changes_its_cell_and_every_later_one()
    {
        var before = CellCache.Keys(["a", "b", "c"]);
        var after = CellCache.Keys(["a", "B", "c"]);
        Assert.Equal(before[0], after[0]);
        Assert.NotEqual(before[1], after[1]);
        Assert.NotEqual(before[2], after[2]);
    }
}
