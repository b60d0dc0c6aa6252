using CourseKit.Content.Authoring;
using CourseKit.Content.Diagnostics;
using CourseKit.Content.FileSystem;
using CourseKit.Content.Loading;
using CourseKit.Content.Model;

namespace CourseKit.Content.Tests;

/// <summary>A check's <c>name</c> is text per language, like <c>title</c>: one string, or a map of language → name.</summary>
public class CheckNameTests
{
    private const string Exercise = """
        id: slope
        title: {en: Slope, zh: 斜率}
        prompt: {en: Return the derivative of $x^2$., zh: 返回 $x^2$ 的导数。}
        kind: derivative
        points: 2
        entry: double Derivative(double x)
        check:
          reference: |
            Tensor F(Tensor x) => x * x;
        checks:

        """;

    private static LoadedCourse Load(string checks, string languages = "[en, zh]")
    {
        var files = new InMemoryCourseFileSystem()
            .Add("content/course.yml", $"title: {{en: Course, zh: 课程}}\nlanguages: {languages}\nchapters:\n  - 01-basics\n")
            .Add("content/01-basics/index.md", "# Basics\n")
            .Add("content/01-basics/index.zh.md", "# 基础\n")
            .Add("content/01-basics/exercises/slope.yml", Exercise + checks)
            .Add("graders/01-basics/slope/correct-power-rule.csx", "double Derivative(double x) => 2 * x;\n");
        return CourseLoader.Load(files);
    }

    private static IEnumerable<Diagnostic> NameDiagnostics(LoadedCourse loaded) =>
        loaded.Diagnostics.Where(d => d.Code is not DiagnosticCodes.NoSamples);

    [Fact]
    public void A_map_names_the_check_in_each_language_and_the_english_name_stays_its_identity()
    {
        var loaded = Load("  - name: {en: at x = 1, zh: 在 x = 1 处}\n    points: 1\n    samples: 0\n    cases: [1.0]\n"
            + "  - name:\n      en: random points\n      zh: 随机点\n    points: 1\n");

        Assert.Empty(NameDiagnostics(loaded));
        var checks = loaded.Course.FindExercise("slope")!.Checks;
        Assert.Equal(["at x = 1", "random points"], checks.Select(c => c.Name));
        Assert.Equal(["在 x = 1 处", "随机点"], checks.Select(c => c.NameIn("zh")));
        Assert.Equal("随机点", checks[1].Names.Get("zh"));
        // A language the check has no name in falls back to English.
        Assert.Equal("random points", checks[1].NameIn("fr"));
    }

    [Fact]
    public void One_string_is_the_english_name_everywhere_and_needs_no_translation_in_an_english_course()
    {
        var loaded = Load("  - name: all points\n    points: 2\n", languages: "[en]");

        Assert.DoesNotContain(loaded.Diagnostics, d => d.IsError || d.Code == DiagnosticCodes.TextTranslationMissing);
        var check = Assert.Single(loaded.Course.FindExercise("slope")!.Checks);
        Assert.Equal("all points", check.Name);
        Assert.Equal("all points", check.NameIn("zh"));
        Assert.Empty(check.Names.ByLanguage);
    }

    [Fact]
    public void One_string_in_a_course_with_chinese_warns_where_the_translation_belongs()
    {
        var loaded = Load("  - name: all points\n    points: 2\n");

        var warning = Assert.Single(NameDiagnostics(loaded));
        Assert.Equal(DiagnosticCodes.TextTranslationMissing, warning.Code);
        Assert.Equal((11, 11), (warning.Line, warning.Column));
        Assert.Equal("`name` has no `zh` translation", warning.Message);
        Assert.Equal("all points", loaded.Course.FindExercise("slope")!.Checks[0].Name);
    }

    [Fact]
    public void An_undeclared_language_warns_at_its_key_and_a_missing_english_name_is_an_error()
    {
        var undeclared = Assert.Single(NameDiagnostics(Load("  - name: {en: all, zh: 全部, jp: zenbu}\n    points: 2\n")));
        Assert.Equal(DiagnosticCodes.TextUnknownLanguage, undeclared.Code);
        Assert.Equal((11, 29), (undeclared.Line, undeclared.Column));

        var noEnglish = Assert.Single(NameDiagnostics(Load("  - name: {zh: 全部}\n    points: 2\n")));
        Assert.Equal(DiagnosticCodes.EnglishTextMissing, noEnglish.Code);
    }

    [Fact]
    public void Names_are_unique_in_every_language()
    {
        var loaded = Load("  - name: {en: first, zh: 随机点}\n    points: 1\n  - name: {en: second, zh: 随机点}\n    points: 1\n");

        var duplicate = Assert.Single(NameDiagnostics(loaded));
        Assert.Equal(DiagnosticCodes.DuplicateCheckName, duplicate.Code);
        Assert.Equal("two checks are named `随机点` in `zh`", duplicate.Message);
        Assert.Equal(13, duplicate.Line);
    }

    [Theory]
    [InlineData("[en, zh]", "随机输入")]
    [InlineData("[en]", "random inputs")]
    public void A_new_exercise_names_its_check_in_the_courses_languages(string languages, string name)
    {
        var files = new InMemoryCourseFileSystem()
            .Add("content/course.yml", $"title: {{en: Course, zh: 课程}}\nlanguages: {languages}\nchapters:\n  - 01-basics\n")
            .Add("content/01-basics/index.md", "# Basics\n")
            .Add("content/01-basics/index.zh.md", "# 基础\n");
        foreach (var file in CourseScaffolder.NewExercise(files, "basics", "slope", ExerciseKind.Derivative).Files)
        {
            files.Add(file.Path, file.Text);
        }

        var loaded = CourseLoader.Load(files);

        Assert.DoesNotContain(loaded.Diagnostics, d => d.Code is DiagnosticCodes.TextTranslationMissing || d.IsError);
        Assert.Equal(name, Assert.Single(loaded.Course.FindExercise("slope")!.Checks).NameIn("zh"));
    }
}
