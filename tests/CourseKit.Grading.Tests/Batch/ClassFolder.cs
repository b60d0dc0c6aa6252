using CourseKit.Content.Loading;
using CourseKit.Content.Model;

namespace CourseKit.Grading.Tests.Batch;

/// <summary>A temporary folder of submissions and an output folder next to it, graded against the valid test course.</summary>
internal sealed class ClassFolder : IDisposable
{
    public static readonly string CourseRoot = Repository.ValidCourse;
    public static readonly Lazy<LoadedCourse> Course = new(() => CourseLoader.Load(CourseRoot));

    public ClassFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "coursekit-batch-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Submissions);
    }

    public string Root { get; }

    public string Submissions => Path.Combine(Root, "submissions");

    public string Out => Path.Combine(Root, "out");

    public string Add(string relativePath, string source)
    {
        var path = Path.Combine(Submissions, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, source);
        return path;
    }

    public string[] GradebookLines() => File.ReadAllLines(Path.Combine(Out, "gradebook.csv"));

    public void Dispose() => Directory.Delete(Root, recursive: true);

}
