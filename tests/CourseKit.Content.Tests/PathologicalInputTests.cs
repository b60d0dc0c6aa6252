using CourseKit.Content.Loading;

namespace CourseKit.Content.Tests;

/// <summary>Inputs no mutation is likely to reach but an author (or a bad merge) can: deep nesting, huge lines, binary.</summary>
public class PathologicalInputTests
{
    public static TheoryData<string, string> Inputs() => new()
    {
        { "content/01-calculus/index.md", new string('>', 5000) + " deep quote" },
        { "content/01-calculus/index.md", "# T\n" + new string('[', 20000) + "x" + new string(']', 20000) },
        { "content/01-calculus/index.md", "# T\n" + string.Concat(Enumerable.Repeat("- ", 3000)) + "deep list" },
        { "content/01-calculus/index.md", "# T\n" + string.Concat(Enumerable.Repeat("(**", 5000)) + "x" + string.Concat(Enumerable.Repeat("**)", 5000)) },
        { "content/01-calculus/index.md", "# T\n" + string.Concat(Enumerable.Repeat(":numref:`", 5000)) },
        { "content/01-calculus/exercises/limit-value.yml", "id: " + new string('[', 20000) },
        { "content/01-calculus/exercises/limit-value.yml", "id: " + new string('{', 20000) },
        { "content/01-calculus/exercises/limit-value.yml", string.Concat(Enumerable.Range(0, 2000).Select(i => new string(' ', i) + "k:\n")) },
        { "content/course.yml", "a: &a [*a]\n" },
        { "content/course.yml", new string('x', 1_000_000) },
        { "content/course.yml", "\0\0\0\u0001\u0002" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Pathological_file_loads_without_crashing(string path, string text)
    {
        var files = TestCourses.ValidInMemory().Add(path, text);
        var loaded = CourseLoader.Load(files);
        Assert.NotNull(loaded.Course);
    }
}
