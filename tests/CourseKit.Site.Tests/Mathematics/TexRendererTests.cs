using System.Diagnostics;
using System.Xml.Linq;
using CourseKit.Site.Mathematics;
using Xunit.Abstractions;

namespace CourseKit.Site.Tests.Mathematics;

[Collection(SiteAssetsGroup.Name)]
public class TexRendererTests(SiteAssets site, ITestOutputHelper output)
{
    private static readonly XNamespace MathMl = "http://www.w3.org/1998/Math/MathML";

    private XElement Render(string tex, MathMode mode = MathMode.Inline)
    {
        var rendering = site.Tex.Render(tex, mode);
        Assert.True(rendering.Succeeded, rendering.Error?.Message);
        var math = XElement.Parse(rendering.MathMl.Replace("<math", "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"", StringComparison.Ordinal));
        Assert.Equal(MathMl + "math", math.Name);
        return math;
    }

    [Fact]
    public void A_derivative_becomes_a_fraction_of_d_over_dx()
    {
        var math = Render(@"\frac{d}{dx} f(x)");
        var fraction = Assert.Single(math.Descendants(MathMl + "mfrac"));
        Assert.Equal(["d", "dx"], fraction.Elements().Select(e => string.Concat(e.DescendantsAndSelf().Where(d => !d.HasElements).Select(d => d.Value))));
        Assert.Null(math.Attribute("display"));
    }

    [Fact]
    public void The_gradient_of_a_quadratic_form_renders_in_display_mode()
    {
        var math = Render(@"\nabla_{\mathbf{x}} \mathbf{x}^\top A \mathbf{x} = (A + A^\top)\mathbf{x}", MathMode.Display);
        Assert.Equal("block", (string?)math.Attribute("display"));
        var identifiers = math.Descendants(MathMl + "mi").Select(e => e.Value).ToArray();
        Assert.Contains("∇", math.Value);
        // \mathbf{x} is the mathematical bold x, U+1D431.
        Assert.Contains("\U0001D431", identifiers);
        Assert.Contains("A", identifiers);
        Assert.Contains(math.Descendants(MathMl + "mo"), mo => mo.Value == "=");
    }

    [Fact]
    public void A_two_norm_keeps_its_bars_and_subscript()
    {
        var math = Render(@"\|\mathbf{x}\|_2");
        Assert.Equal(2, math.Value.Count(c => c == '‖'));
        var subscript = Assert.Single(math.Descendants(MathMl + "msub"));
        Assert.Equal("2", subscript.Elements().Last().Value);
    }

    [Fact]
    public void An_aligned_environment_becomes_a_table_with_one_row_per_line()
    {
        var math = Render("""
            \begin{aligned}
            f'(x) &= 3 \cdot 2x - 4 \\
                  &= 6x - 4
            \end{aligned}
            """, MathMode.Display);
        var table = Assert.Single(math.Descendants(MathMl + "mtable"));
        Assert.Equal(2, table.Elements(MathMl + "mtr").Count());
    }

    [Fact]
    public void A_parse_error_is_data_with_its_position_in_the_formula()
    {
        var rendering = site.Tex.Render(@"f(x) = \frac{1}{x", MathMode.Display);

        Assert.False(rendering.Succeeded);
        Assert.Null(rendering.MathMl);
        var error = rendering.Error;
        Assert.Contains("expected '}'", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("position", error.Message);
        Assert.Equal(17, error.Offset);
        Assert.Equal((1, 18), (error.Line, error.Column));
    }

    [Fact]
    public void An_unknown_command_on_a_later_line_is_placed_on_that_line()
    {
        string tex = "a &= b \\\\\n  c &= \\nosuch{d}";
        var error = site.Tex.Render(@"\begin{aligned}" + tex + @"\end{aligned}", MathMode.Display).Error;

        Assert.NotNull(error);
        Assert.Contains(@"\nosuch", error.Message);
        Assert.Equal((2, 8), (error.Line, error.Column));
        // The formula started at line 10, column 3 of its chapter, so the error is at line 11, column 8.
        Assert.Equal((11, 8), error.InDocument(10, 3));
    }

    [Fact]
    public void The_same_error_on_the_first_line_adds_to_the_formulas_column()
    {
        var error = site.Tex.Render(@"x + \nosuch").Error!;
        Assert.Equal((1, 5), (error.Line, error.Column));
        Assert.Equal((10, 7), error.InDocument(10, 3));
    }

    [Fact]
    public void Macros_apply_to_every_formula_but_definitions_do_not_leak()
    {
        using var tex = new TexRenderer(TemmlAssets.Locate(site.SiteDirectory).Script, new Dictionary<string, string> { [@"\R"] = @"\mathbb{R}" });
        Assert.Contains("ℝ", tex.Render(@"x \in \R^n").MathMl);
        Assert.True(tex.Render(@"\gdef\foo{1} \foo").Succeeded);
        Assert.False(tex.Render(@"\foo").Succeeded);
    }

    [Fact]
    public void Throughput_of_the_courses_formulas_is_reported()
    {
        string[] formulas =
        [
            @"f'(x) = \lim_{h \rightarrow 0} \frac{f(x+h) - f(x)}{h}.",
            @"\frac{\partial y}{\partial x_i} = \partial_{x_i} f = D_i f",
            @"\nabla_{\mathbf{x}} f(\mathbf{x}) = \left[\partial_{x_1} f(\mathbf{x}), \ldots, \partial_{x_n} f(\mathbf{x})\right]^\top.",
            @"y = 2\mathbf{x}^\top\mathbf{x}",
        ];
        site.Tex.Render(formulas[0]); // warm-up, so the figure is the steady state a build sees
        const int Rounds = 25;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (int round = 0; round < Rounds; round++)
        {
            foreach (string formula in formulas)
            {
                Assert.True(site.Tex.Render(formula, MathMode.Display).Succeeded);
            }
        }
        int renders = Rounds * formulas.Length;
        double wall = clock.Elapsed.TotalMilliseconds / renders;
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / renders;
        // Reported, not asserted: the machine is shared, so wall time says more about the neighbours than
        // about Temml; CPU time (of the whole test process) is the steadier figure.
        output.WriteLine($"Temml {site.Tex.Version} in Jint: {wall:F2} ms wall, {cpu:F2} ms CPU per formula over {renders} renders");
    }
}
