using System.Diagnostics;
using System.Text;
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
        var small = Generate(chapters: 25, exercisesPerChapter: 20);
        var large = Generate(chapters: 100, exercisesPerChapter: 20);
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

    /// <summary>A course whose every chapter refers to labels of the first and previous chapters, with graded exercises.</summary>
    internal static InMemoryCourseFileSystem Generate(int chapters, int exercisesPerChapter)
    {
        var files = new InMemoryCourseFileSystem();
        var course = new StringBuilder("title: Generated\nlanguages: [en]\nchapters:\n");
        for (var c = 1; c <= chapters; c++)
        {
            var folder = $"{c:000}-chapter-{c}";
            course.Append("  - ").Append(folder).Append('\n');
            var text = new StringBuilder($"# Chapter {c}\n:label:`chap_{c}`\n\n");
            for (var s = 1; s <= 10; s++)
            {
                text.Append($"## Section {s}\n:label:`sec_{c}_{s}`\n\nSee :numref:`chap_1` and :numref:`sec_{Math.Max(1, c - 1)}_{s}`.\n\n");
                text.Append($"$$x_{s} = {s}$$\n:eqlabel:`eq_{c}_{s}`\n\nBy :eqref:`eq_{c}_{s}`.\n\n```csharp run\nvar v = {s};\n```\n\n");
            }

            files.Add($"content/{folder}/index.md", text.ToString());
            for (var e = 1; e <= exercisesPerChapter; e++)
            {
                var id = $"exercise-{c}-{e}";
                files.Add(
                    $"content/{folder}/exercises/{id}.yml",
                    $"id: {id}\ntitle: Exercise {e}\nprompt: Differentiate $x^{e}$.\nkind: derivative\npoints: 1\n"
                    + "entry: double Derivative(double x)\nstarter: |\n  double Derivative(double x) => 0;\n"
                    + "check:\n  reference: |\n    Tensor F(Tensor x) => x * x;\n  inputs:\n    x: {uniform: [-2, 2]}\n");
                files.Add($"graders/{folder}/{id}/correct-1.csx", "double Derivative(double x) => 2 * x;\n");
            }
        }

        files.Add("content/course.yml", course.ToString());
        return files;
    }
}
