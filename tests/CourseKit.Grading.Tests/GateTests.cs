using CourseKit.Grading.Compiling;

namespace CourseKit.Grading.Tests;

public class GateTests
{
    private static readonly EntryPoint Scalar = new("F", [ValueKind.Scalar], ValueKind.Scalar);

    private static CompileResult Compile(string source, params string[] forbidden) =>
        ScriptCompiler.Compile(new Submission(source), Scalar, forbidden, new GradingLimits());

    [Fact]
    public void A_refused_API_is_named_at_the_learners_line_and_column()
    {
        var result = Compile("double F(double x)\n{\n    var text = System.IO.File.ReadAllText(\"a\");\n    return x;\n}");

        Assert.Equal(Outcome.ForbiddenApi, result.Outcome);
        var first = result.Diagnostics[0];
        Assert.Equal("line 3: System.IO.File is not available in exercises", first.ToString());
        Assert.Equal(16, first.Column);
    }

    [Theory]
    [InlineData("var t = typeof(double);\ndouble F(double x) => x;", "System.Type")]
    [InlineData("double F(double x) { var r = new Random(); var e = (object)r; return e.GetType().Name.Length; }", "System.Object.GetType")]
    [InlineData("double F(double x) => Environment.ProcessorCount;", "System.Environment")]
    [InlineData("double F(double x) { GC.Collect(); return x; }", "System.GC")]
    [InlineData("double F(double x) => AppDomain.CurrentDomain.Id;", "System.AppDomain")]
    [InlineData("double F(double x) { System.Threading.Tasks.Parallel.For(0, 2, i => { }); return x; }", "System.Threading.Tasks.Parallel")]
    [InlineData("double F(double x) { Console.Out.Flush(); return x; }", "System.Console.Out")]
    [InlineData("double F(double x) { var s = new System.Diagnostics.Stopwatch(); return x; }", "System.Diagnostics.Stopwatch")]
    [InlineData("double F(double x) => System.Runtime.CompilerServices.Unsafe.SizeOf<int>();", "System.Runtime.CompilerServices.Unsafe")]
    [InlineData("double F(double x) { lock (new object()) { return x; } }", "lock")]
    [InlineData("double F(double x) { var a = new[] { x }; return System.Numerics.Vector.LoadUnsafe(ref a[0], 1000).ToScalar(); }", "System.Numerics.Vector")]
    [InlineData("Func<string, string> read = System.IO.File.ReadAllText;\ndouble F(double x) => x;", "System.IO.File")]
    [InlineData("double F(double x) => x is IDisposable and System.IO.Stream ? 1 : 0;", "System.IO.Stream")]
    [InlineData("double F(double x) => string.Create(null, $\"{x}\").Length;", "System.Runtime.CompilerServices.DefaultInterpolatedStringHandler")]
    [InlineData("using E = System.Environment;\ndouble F(double x) => E.TickCount;", "System.Environment")]
    [InlineData("T Pass<T>(T t) => t;\ndouble F(double x) => Pass(typeof(int)).Name.Length;", "System.Type")]
    public void Hidden_or_indirect_uses_are_still_refused(string source, string named)
    {
        var result = Compile(source);

        Assert.Equal(Outcome.ForbiddenApi, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Message.StartsWith(named + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Ordinary_exercise_code_passes_the_gate()
    {
        const string Source = """
            using System.Text;
            record Point(double X, double Y);
            static double Square(double v) => v * v;
            var cache = new Dictionary<int, double> { [0] = 1 };
            double F(double x)
            {
                var xs = Enumerable.Range(0, 10).Select(i => i * x).ToList();
                var squares = from v in xs where v > 0 select v * v;
                var head = xs.ToArray().AsSpan(0, 2);
                Span<double> buffer = stackalloc double[4];
                buffer[0] = Math.Sqrt(Square(x)) + MathF.Abs(-1f);
                var (a, b) = (xs.Sum(), xs.Max());
                var p = new Point(a, b) with { Y = 0 };
                var sb = new StringBuilder().Append(p.X);
                Console.WriteLine($"debug {sb}");
                Func<double, double> twice = v => 2 * v;
                return twice(buffer[0]) + cache[0] + head[0] + squares.Sum() + (double.IsFinite(x) ? 0 : double.NaN);
            }
            """;

        var result = Compile(Source);

        Assert.True(result.Outcome == Outcome.Returned, string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.Compiled);
    }

    [Fact]
    public void The_engine_is_available_to_scripts()
    {
        var result = Compile("using CourseKit.Autograd;\ndouble F(double x) => x;");

        Assert.Equal(Outcome.Returned, result.Outcome);
    }

    [Fact]
    public void A_forbidden_identifier_is_refused_even_through_an_alias()
    {
        var result = Compile("using M = System.Math;\ndouble F(double x) => M.Cos(x);", "Cos");

        Assert.Equal(Outcome.ForbiddenApi, result.Outcome);
        Assert.Equal("line 2: Cos is not allowed in this exercise", result.Diagnostics.Single().ToString());
    }

    [Fact]
    public void A_forbidden_identifier_is_refused_with_explicit_type_arguments_too()
    {
        var result = Compile("double F(double x) => new[] { x }.Select<double, double>(v => v).Sum();", "Select");

        Assert.Equal(Outcome.ForbiddenApi, result.Outcome);
        Assert.Equal("line 1: Select is not allowed in this exercise", result.Diagnostics.Single().ToString());
    }

    [Fact]
    public void A_compile_error_has_the_learners_line_and_no_internal_path()
    {
        var result = Compile("double F(double x)\n{\n    return x +;\n}");

        Assert.Equal(Outcome.CompileError, result.Outcome);
        var error = result.Diagnostics[0];
        Assert.Equal(3, error.Line);
        Assert.StartsWith("CS", error.Code, StringComparison.Ordinal);
        Assert.DoesNotContain("/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_entry_point_is_reported_before_running()
    {
        var result = Compile("double f(double x) => x;");

        Assert.Equal(Outcome.MissingEntry, result.Outcome);
        Assert.Contains("double F(double)", result.Diagnostics.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_signature_points_at_the_method_the_learner_wrote()
    {
        var result = Compile("// answer\nfloat F(float x) => x;");

        Assert.Equal(Outcome.MissingEntry, result.Outcome);
        var message = result.Diagnostics.Single();
        Assert.Equal(2, message.Line);
        Assert.Contains("float F(float x)", message.Message, StringComparison.Ordinal);
    }
}
