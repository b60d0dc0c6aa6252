using CourseKit.Content.Diagnostics;
using CourseKit.Content.FileSystem;
using CourseKit.Content.Loading;

namespace CourseKit.Content.Tests;

/// <summary>
/// Each folder under Courses/broken is a course with one mistake and an expected.txt listing, compiler-style,
/// exactly the diagnostics it must produce (<c>file(line,col): severity code</c>).
/// </summary>
public class BrokenCourseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var directory in Directory.GetDirectories(TestCourses.Broken).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(directory));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_course_produces_exactly_its_expected_diagnostics(string name)
    {
        var folder = Path.Combine(TestCourses.Broken, name);
        var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Order(StringComparer.Ordinal)
            .ToArray();

        var loaded = CourseLoader.Load(new PhysicalCourseFileSystem(folder));
        var actual = loaded.Diagnostics.Select(Head).Order(StringComparer.Ordinal).ToArray();

        Assert.True(
            expected.SequenceEqual(actual),
            $"expected:\n  {string.Join("\n  ", expected)}\nactual:\n  {string.Join("\n  ", loaded.Diagnostics)}");
    }

    [Fact]
    public void Corpus_has_a_case_for_most_codes()
    {
        var covered = Directory.GetDirectories(TestCourses.Broken)
            .SelectMany(d => File.ReadAllLines(Path.Combine(d, "expected.txt")))
            .SelectMany(line => line.Split(' '))
            .Where(word => word.StartsWith("CK", StringComparison.Ordinal))
            .ToHashSet();
        Assert.True(covered.Count >= 40, $"only {covered.Count} codes covered");
    }

    [Fact]
    public void Messages_carry_the_fixes_authors_need()
    {
        static Diagnostic Only(string name) =>
            Assert.Single(CourseLoader.Load(new PhysicalCourseFileSystem(Path.Combine(TestCourses.Broken, name))).Diagnostics);

        var tolerance = Only("unknown-key-in-check");
        Assert.Equal("unknown key `tolerence` in check", tolerance.Message);
        Assert.Equal("did you mean `rtol`?", tolerance.Fix);
        Assert.Equal(
            "content/01-basics/exercises/slope.yml(14,3): error CK005: unknown key `tolerence` in check — did you mean `rtol`?",
            tolerance.ToString());

        Assert.Equal("`:numref:` to unknown label `fig_circle`", Only("unknown-label").Message);
        Assert.Equal("translation `index.zh.md` has no English original", Only("translation-without-original").Message);
        Assert.Equal("did you mean `choice`?", Only("unknown-kind").Fix);
        Assert.Equal("did you mean `:numref:`?", Only("unknown-role").Fix);
        Assert.Contains("Pick_One", Only("bad-exercise-id").Message, StringComparison.Ordinal);
        Assert.Equal("use lower-case words joined by hyphens, e.g. `pick-one`", Only("bad-exercise-id").Fix);
    }

    private static string Head(Diagnostic d) =>
        d.Line > 0
            ? $"{d.File}({d.Line},{d.Column}): {Diagnostic.SeverityName(d.Severity)} {d.Code}"
            : $"{d.File}: {Diagnostic.SeverityName(d.Severity)} {d.Code}";
}
