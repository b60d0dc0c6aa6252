using CourseKit.Content.Diagnostics;
using CourseKit.Content.Loading;
using CourseKit.Content.Model;

namespace CourseKit.Content.Tests;

/// <summary>course.yml's <c>site</c> section: the build's own settings, validated like the grading defaults.</summary>
public class SiteSettingsTests
{
    private static readonly string ValidCourseFile = File.ReadAllText(Path.Combine(TestCourses.Valid, "content", "course.yml"));

    [Fact]
    public void Without_a_site_section_cells_get_the_built_in_limit()
    {
        var loaded = CourseLoader.Load(TestCourses.ValidInMemory());
        Assert.Equal(SiteSettings.BuiltIn.CellTimeLimit, loaded.Course.Site.CellTimeLimit);
        Assert.Equal(TimeSpan.FromSeconds(30), SiteSettings.BuiltIn.CellTimeLimit);
    }

    [Theory]
    [InlineData("5s", 5000)]
    [InlineData("750ms", 750)]
    [InlineData("90", 90_000)]
    public void Cell_time_limit_takes_the_durations_time_limit_takes(string written, int milliseconds)
    {
        var loaded = Load($"site:\n  cell_time_limit: {written}\n");
        Assert.True(loaded.Diagnostics.Count == 0, string.Join('\n', loaded.Diagnostics));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), loaded.Course.Site.CellTimeLimit);
    }

    [Theory]
    [InlineData("0s")]
    [InlineData("-1")]
    [InlineData("11min")]
    [InlineData("3600s")]
    [InlineData("[1, 2]")]
    public void A_bad_cell_time_limit_is_an_error_at_its_line_and_keeps_the_default(string written)
    {
        var loaded = Load($"site:\n  cell_time_limit: {written}\n");
        var error = Assert.Single(loaded.Diagnostics);
        Assert.Equal(DiagnosticCodes.BadTimeLimit, error.Code);
        Assert.Equal("content/course.yml", error.File);
        Assert.Equal(ValidCourseFile.TrimEnd('\n').Split('\n').Length + 2, error.Line);
        Assert.Contains("`cell_time_limit`", error.Message, StringComparison.Ordinal);
        Assert.Equal(SiteSettings.BuiltIn, loaded.Course.Site);
    }

    [Fact]
    public void An_unknown_key_in_site_is_reported_with_a_suggestion()
    {
        var loaded = Load("site:\n  cell_timelimit: 5s\n");
        var error = Assert.Single(loaded.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownKey, error.Code);
        Assert.Contains("cell_time_limit", error.ToString(), StringComparison.Ordinal);
    }

    private static LoadedCourse Load(string appended) =>
        CourseLoader.Load(TestCourses.ValidInMemory().Add("content/course.yml", ValidCourseFile.TrimEnd('\n') + "\n" + appended));
}
