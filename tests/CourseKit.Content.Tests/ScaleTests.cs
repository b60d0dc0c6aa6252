using System.Diagnostics;
using CourseKit.Content.FileSystem;
using CourseKit.Content.Loading;
using Xunit.Abstractions;

namespace CourseKit.Content.Tests;

/// <summary>
/// A guard against quadratic loading (the timed benchmark lives in CourseKit.Benchmarks): a course four times
/// larger must not cost much more than four times as much per chapter.
/// </summary>
public class ScaleTests(ITestOutputHelper output)
{
    [Fact]
    public void Loading_grows_linearly_with_the_course()
    {
        var small = GeneratedCourse.Generate(chapters: 25, exercisesPerChapter: 20);
        var large = GeneratedCourse.Generate(chapters: 100, exercisesPerChapter: 20);
        CourseLoader.Load(small);

        var smallTime = Time(small, out var smallDiagnostics);
        var largeTime = Time(large, out var largeDiagnostics);
        output.WriteLine($"25 chapters: {smallTime.TotalMilliseconds:F0} ms; 100 chapters × 20 exercises: {largeTime.TotalMilliseconds:F0} ms");

        Assert.Equal(0, smallDiagnostics);
        Assert.Equal(0, largeDiagnostics);
        Assert.True(largeTime < TimeSpan.FromSeconds(20), $"100 × 20 took {largeTime.TotalSeconds:F1} s");
        Assert.True(largeTime.TotalMilliseconds < 4 * 3 * smallTime.TotalMilliseconds + 200, "loading grew faster than linearly");
    }

    private static TimeSpan Time(InMemoryCourseFileSystem files, out int diagnostics)
    {
        var watch = Stopwatch.StartNew();
        var loaded = CourseLoader.Load(files);
        diagnostics = loaded.Diagnostics.Count;
        return watch.Elapsed;
    }
}
