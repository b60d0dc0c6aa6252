using System.Text;
using CourseKit.Content.FileSystem;

namespace CourseKit.Content.Tests;

/// <summary>
/// Generated courses of any size, shared by the linear-growth test here and the load benchmark in
/// CourseKit.Benchmarks (which compiles this file in by link), so both measure the same course.
/// </summary>
public static class GeneratedCourse
{
    /// <summary>A course whose every chapter refers to labels of the first and previous chapters, with graded exercises.</summary>
    public static InMemoryCourseFileSystem Generate(int chapters, int exercisesPerChapter)
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
