using CourseKit.Content.Loading;
using CourseKit.Content.Model;
using CourseKit.Grading.Judging;
using CourseKit.Grading.Reports;

namespace CourseKit.Grading.Tests.Judging;

/// <summary>A reference that draws its own samples (<c>Draw(Random)</c>), as the chain-rule exercise does with random compositions.</summary>
public class ReferenceDrawTests
{
    private static readonly Lazy<Course> Bundled = new(() => CourseLoader.Load(Repository.Root).Course);

    private static Exercise ChainRule => Bundled.Value.FindExercise("chain-rule")!;

    private static string ReferenceCode => File.ReadAllText(Path.Combine(Repository.Root, "graders", "01-calculus", "chain-rule", "reference.csx"));

    [Fact]
    public async Task Chain_rule_samples_are_random_compositions_whose_engine_gradient_the_formula_reproduces()
    {
        var (solution, errors) = await ReferenceSolution.CompileAsync(ChainRule, ReferenceCode);
        Assert.Empty(errors);
        Assert.True(solution!.Draws);

        var random = new Random(7);
        for (var i = 0; i < 50; i++)
        {
            var (arguments, truth) = solution.Draw(random);
            var (formula, _) = solution.Expected(arguments);

            Assert.Equal(2, truth.Length);
            Assert.True(ReferenceSolution.CrossCheck.IsClose(truth[0], formula[0]) && ReferenceSolution.CrossCheck.IsClose(truth[1], formula[1]), $"sample {i}: composite {truth[0]}, {truth[1]} against gradU·J {formula[0]}, {formula[1]}");
        }
    }

    [Fact]
    public async Task Draws_differ_between_students_and_repeat_for_one()
    {
        var (solution, _) = await ReferenceSolution.CompileAsync(ChainRule, ReferenceCode);

        var first = solution!.Draw(new Random(SampleSeed.For("chain-rule", "ada")));
        var again = solution.Draw(new Random(SampleSeed.For("chain-rule", "ada")));
        var other = solution.Draw(new Random(SampleSeed.For("chain-rule", "grace")));

        Assert.Equal(first.Truth, again.Truth);
        Assert.NotEqual(first.Truth, other.Truth);
    }

    [Fact]
    public async Task A_draw_whose_truth_the_reference_contradicts_is_the_courses_error_not_the_learners()
    {
        // The truth is off by one in the first component: a broken generator must never cost a learner points.
        var broken = ReferenceCode.Replace("double[] truth = [a.Grad!.Item(), b.Grad!.Item()];", "double[] truth = [a.Grad!.Item() + 1, b.Grad!.Item()];", StringComparison.Ordinal);
        Assert.NotEqual(ReferenceCode, broken);
        var course = Directory.CreateTempSubdirectory("coursekit-draw-").FullName;
        try
        {
            var folder = Path.Combine(course, ChainRule.Grader.Path);
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, "reference.csx"), broken);

            var report = await new ExerciseGrader(course).GradeAsync(
                ChainRule, new Submission("double[] ChainRule(double[] g, double[,] j) => [g[0] * j[0, 0] + g[1] * j[1, 0] + g[2] * j[2, 0], g[0] * j[0, 1] + g[1] * j[1, 1] + g[2] * j[2, 1]];"));

            Assert.Equal(Verdict.Error, report.Verdict);
            Assert.Contains("Draw's truth", report.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(course, recursive: true);
        }
    }
}
