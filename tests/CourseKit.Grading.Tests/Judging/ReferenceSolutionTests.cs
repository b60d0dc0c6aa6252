using CourseKit.Content.Model;
using CourseKit.Grading.Judging;

namespace CourseKit.Grading.Tests.Judging;

public class ReferenceSolutionTests
{
    private static readonly EntrySignature GradientEntry =
        new(EntryType.DoubleArray, "Gradient", [new EntryParameter(EntryType.DoubleArray, "x")], "double[] Gradient(double[] x)");

    private static Exercise Exercise(ExerciseKind kind, EntrySignature? entry = null) =>
        new(
            "under-test", kind, new LocalizedText(new Dictionary<string, string> { ["en"] = "t" }), new LocalizedText(new Dictionary<string, string> { ["en"] = "p" }),
            1, entry ?? GradientEntry, "", Check(), new Dictionary<string, IReadOnlyList<string>>(), [], "01-calculus", "x.yml",
            new GraderFolder("graders/01-calculus/under-test", []));

    private static CheckSpec Check() =>
        new(null, new Dictionary<string, InputDomain>(), 10, 1e-6, 1e-8, [], TimeSpan.FromSeconds(2), [], [], null, null, null);

    [Fact]
    public async Task Gradient_truth_is_the_engines_gradient_of_the_reference_and_agrees_with_finite_differences()
    {
        var (solution, errors) = await ReferenceSolution.CompileAsync(
            Exercise(ExerciseKind.Gradient), "Tensor F(Tensor x) => 3 * x[0].Square() + 5 * x[1].Exp();");
        Assert.Empty(errors);

        var (values, disagreement) = solution!.Expected([new[] { 0.7, -1.2 }]);

        Assert.Null(disagreement);
        Assert.Equal(6 * 0.7, values[0], 12);
        Assert.Equal(5 * Math.Exp(-1.2), values[1], 12);
    }

    [Fact]
    public async Task Derivative_truth_of_x_to_the_x_matches_the_formula()
    {
        var entry = new EntrySignature(EntryType.Double, "Derivative", [new EntryParameter(EntryType.Double, "x")], "double Derivative(double x)");
        var (solution, errors) = await ReferenceSolution.CompileAsync(Exercise(ExerciseKind.Derivative, entry), "Tensor F(Tensor x) => (x * x.Log()).Exp();");
        Assert.Empty(errors);

        var (values, disagreement) = solution!.Expected([1.5]);

        Assert.Null(disagreement);
        Assert.Equal(Math.Pow(1.5, 1.5) * (Math.Log(1.5) + 1), values[0], 12);
    }

    [Fact]
    public async Task A_reference_that_is_not_differentiable_at_the_input_is_flagged_not_trusted()
    {
        // |x| at 0: the engine says 0 (PyTorch's convention), central differences say 0 too, but a kink just
        // beside the point makes one-sided answers disagree; use a step function whose engine derivative is 0.
        var entry = new EntrySignature(EntryType.Double, "Derivative", [new EntryParameter(EntryType.Double, "x")], "double Derivative(double x)");
        var (solution, _) = await ReferenceSolution.CompileAsync(
            Exercise(ExerciseKind.Derivative, entry), "Tensor F(Tensor x) => x.Item() > 0 ? Tensor.Scalar(1.0) + 0 * x : 0 * x;");

        var (_, disagreement) = solution!.Expected([1e-9]);

        Assert.NotNull(disagreement);
        Assert.Contains("finite differences", disagreement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Function_truth_is_the_reference_run_on_copies_of_the_inputs()
    {
        var entry = new EntrySignature(
            EntryType.DoubleArray, "Scale", [new EntryParameter(EntryType.DoubleArray, "a"), new EntryParameter(EntryType.Double, "factor")], "double[] Scale(double[] a, double factor)");
        var (solution, errors) = await ReferenceSolution.CompileAsync(
            Exercise(ExerciseKind.Function, entry), "double[] Scale(double[] a, double factor) { for (var i = 0; i < a.Length; i++) a[i] *= factor; return a; }");
        Assert.Empty(errors);
        var input = new[] { 1.0, 2.0 };

        var (values, _) = solution!.Expected([input, 3.0]);

        Assert.Equal([3.0, 6.0], values);
        Assert.Equal([1.0, 2.0], input);
    }

    [Fact]
    public async Task A_reference_that_does_not_compile_reports_lines_in_the_instructors_file()
    {
        var (solution, errors) = await ReferenceSolution.CompileAsync(Exercise(ExerciseKind.Gradient), "Tensor G(Tensor x) => x.Sum();", firstLine: 12);

        Assert.Null(solution);
        Assert.Contains(errors, e => e.Contains("Tensor F(Tensor x)", StringComparison.Ordinal));
    }
}
