using CourseKit.Content.Loading;
using CourseKit.Content.Markdown.CrossReferences;
using CourseKit.Content.Model;
using Markdig.Syntax;

namespace CourseKit.Content.Tests;

public class ValidCourseTests
{
    private static readonly LoadedCourse Loaded = CourseLoader.Load(TestCourses.Valid);

    [Fact]
    public void Valid_course_loads_without_any_diagnostic()
    {
        Assert.True(Loaded.Diagnostics.Count == 0, string.Join(Environment.NewLine, Loaded.Diagnostics));
    }

    [Fact]
    public void Disk_and_memory_give_the_same_model()
    {
        var inMemory = CourseLoader.Load(TestCourses.ValidInMemory());
        Assert.Empty(inMemory.Diagnostics);
        Assert.Equal(
            Loaded.Course.Labels.Select(l => (l.Name, l.Number, l.Language)),
            inMemory.Course.Labels.Select(l => (l.Name, l.Number, l.Language)));
    }

    [Fact]
    public void Course_header_is_read()
    {
        var course = Loaded.Course;
        Assert.Equal(["en", "zh"], course.Languages);
        Assert.Equal("深度学习中的微积分（测试课程）", course.Title.Get("zh"));
        Assert.Equal(12, course.Grading.Samples);
        Assert.Equal(TimeSpan.FromSeconds(2), course.Grading.TimeLimit);
        Assert.Equal(["calculus", "autograd"], course.Chapters.Select(c => c.Slug));
        Assert.Equal([1, 2], course.Chapters.Select(c => c.Number));
    }

    [Fact]
    public void Sections_are_numbered_and_anchored()
    {
        var calculus = Loaded.Course.Chapters[0].Document("en")!;
        Assert.Equal("Calculus", calculus.Title);
        Assert.Equal(
            [("1", "Calculus", "chap_calculus"), ("1.1", "Derivatives", "sec_derivatives"), ("1.1.1", "Notation", "notation"), ("1.2", "Rules", "sec_rules")],
            calculus.Sections.Select(s => (s.Number, s.Title, s.Anchor)));
    }

    [Fact]
    public void Labels_get_numbers_of_their_kind()
    {
        var labels = Loaded.Course.Labels.Where(l => l.Language == "en").ToDictionary(l => l.Name);
        Assert.Equal((LabelKind.Section, "1.1"), (labels["sec_derivatives"].Kind, labels["sec_derivatives"].Number));
        Assert.Equal((LabelKind.Equation, "1.1"), (labels["eq_derivative"].Kind, labels["eq_derivative"].Number));
        Assert.Equal((LabelKind.Figure, "1.1"), (labels["fig_tangent"].Kind, labels["fig_tangent"].Number));
        Assert.Equal("The tangent line touches the curve at one point", labels["fig_tangent"].Title);
        Assert.Equal((LabelKind.Equation, "2.1"), (labels["eq_simple"].Kind, labels["eq_simple"].Number));
        Assert.Equal("autograd", labels["sec_simple_function"].ChapterSlug);

        var calculus = Loaded.Course.Chapters[0].Document("zh")!;
        Assert.Equal(["chap_calculus", "sec_derivatives", "eq_derivative", "fig_tangent", "sec_rules"], calculus.Labels.Select(l => l.Name));
        Assert.All(calculus.Labels, l => Assert.Equal("zh", l.Language));
    }

    [Fact]
    public void References_resolve_across_chapters_and_languages()
    {
        var autograd = Loaded.Course.Chapters[1].Document("zh")!;
        Assert.Equal("zh", autograd.Language);
        var derivative = Assert.Single(autograd.References, r => r.Target == "sec_derivatives");
        Assert.Equal(CrossReferenceRole.NumRef, derivative.Role);
        Assert.Equal("calculus", derivative.Resolved!.ChapterSlug);
        Assert.Equal("zh", derivative.Resolved.Language);
        Assert.All(Loaded.Course.Chapters.SelectMany(c => c.Documents).SelectMany(d => d.References), r => Assert.NotNull(r.Resolved));

        var inline = autograd.Syntax.Descendants<CrossReferenceInline>().First(i => i.Name == "eq_simple" && !i.IsDefinition);
        Assert.Equal("2.1", inline.Target!.Number);
    }

    [Fact]
    public void Executable_cells_are_listed_in_order_with_lines()
    {
        var calculus = Loaded.Course.Chapters[0].Document("en")!;
        Assert.Equal(2, calculus.Cells.Count);
        Assert.Equal(18, calculus.Cells[0].Line);
        Assert.StartsWith("double F(double x)", calculus.Cells[0].Code, StringComparison.Ordinal);
        Assert.Equal("var slope = 6 * 1.0 - 4;\nslope", calculus.Cells[1].Code);
        Assert.Equal([0, 1], calculus.Cells.Select(c => c.Index));
    }

    [Fact]
    public void Scalars_left_out_of_inputs_get_the_default_domain()
    {
        var files = TestCourses.ValidInMemory().Add(
            "content/01-calculus/exercises/limit-value.yml",
            "id: limit-value\ntitle: {en: T, zh: T}\nprompt: {en: P, zh: P}\nkind: function\npoints: 1\n"
            + "entry: double Apply(Func<double, double> f, double y)\nstarter: double Apply(Func<double, double> f, double y) => 0;\n"
            + "check:\n  reference: double Apply(Func<double, double> f, double y) => f(y);\n");
        var loaded = CourseLoader.Load(files);
        var inputs = loaded.Course.FindExercise("limit-value")!.Check.Inputs;
        Assert.Equal((-1.0, 1.0, (string?)null), (inputs["y"].Min, inputs["y"].Max, inputs["y"].Family));
        Assert.Equal("smooth", inputs["f"].Family);
    }

    [Fact]
    public void Exercises_are_read_with_defaults_applied()
    {
        var course = Loaded.Course;
        Assert.Equal(7, course.Exercises.Count());

        var derivative = course.FindExercise("square-derivative")!;
        Assert.Equal(ExerciseKind.Derivative, derivative.Kind);
        Assert.Equal("double Derivative(double x)", derivative.Entry!.ToString());
        Assert.Equal(20, derivative.Check.Samples);
        Assert.Equal(1e-8, derivative.Check.Rtol);
        Assert.Equal(1e-9, derivative.Check.Atol);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), derivative.Check.TimeLimit);
        Assert.Equal(["Pow"], derivative.Check.Forbid);
        Assert.Equal([0.0], derivative.Check.Inputs["x"].Exclude);
        Assert.Equal(["对每一项使用幂法则。"], derivative.Hints["zh"]);
        Assert.Equal([CheckVisibility.Visible, CheckVisibility.Hidden], derivative.Checks.Select(c => c.Visibility));
        Assert.Equal([["1.0"], ["-2.0"]], derivative.Checks[0].Cases);
        Assert.Equal(20, derivative.Checks[1].Samples);
        Assert.Contains(derivative.Grader.Samples, s => s.Verdict == SampleVerdict.ForbiddenApi);

        var gradient = course.FindExercise("quadratic-gradient")!;
        var x = gradient.Check.Inputs["x"];
        Assert.Equal(new ShapeDimension(1, 6, "n"), Assert.Single(x.Shape));
        Assert.True(x.NonZero);
        Assert.Equal(12, gradient.Check.Samples);
        Assert.Equal(CheckVisibility.AfterDue, gradient.Checks[1].Visibility);

        var function = course.FindExercise("scale-function")!;
        Assert.Equal("graders/02-autograd/scale-function/reference.csx", function.Check.Reference!.File);
        Assert.Null(function.Check.Reference.Code);
        Assert.Equal([EntryType.DoubleArray, EntryType.Double], function.Entry!.Parameters.Select(p => p.Type));
        Assert.Equal([["[1, 2]", "3"]], function.Checks[0].Cases);
        Assert.Equal(2, function.Grader.Samples.Count);
        Assert.DoesNotContain(function.Grader.Samples, s => s.Path.EndsWith("reference.csx", StringComparison.Ordinal));

        var choice = course.FindExercise("backward-twice")!;
        Assert.Equal(["a", "b", "c"], choice.Check.Options.Select(o => o.Key));
        Assert.Equal(["a"], choice.Check.Answers);
        Assert.Null(choice.Entry);

        var numeric = course.FindExercise("limit-value")!;
        Assert.Equal((2.0, 1e-3), (numeric.Check.Answer, numeric.Check.Tolerance));

        Assert.Equal(["a", "factor"], function.Check.Inputs.Keys.Order(StringComparer.Ordinal));

        var plot = course.FindExercise("tangent-plot")!;
        Assert.Equal(EntryType.Plot, plot.Entry!.ReturnType);
        Assert.Equal(1.0, plot.Check.Plot!.TangentAt);
        Assert.Equal(["xlabel", "ylabel", "legend"], plot.Check.Plot.Require);

        var manual = course.FindExercise("explain-tape")!;
        Assert.Equal("correct", Assert.Single(manual.Checks).Name);
        Assert.Equal(2, manual.Checks[0].Points);
    }
}
