using CourseKit.Site.Building;

namespace CourseKit.Site.Tests.Building;

/// <summary>One build of the test course (tests/CourseKit.Content.Tests/Courses/valid), shared by the tests that read its output.</summary>
public sealed class ValidCourseBuild : IDisposable
{
    public ValidCourseBuild()
    {
        Repository = FindRepository();
        CourseDirectory = Path.Combine(Repository, "tests", "CourseKit.Content.Tests", "Courses", "valid");
        ThemeDirectory = Path.Combine(Repository, "site");
        Scratch = Directory.CreateTempSubdirectory("coursekit-site-").FullName;
        Options = new SiteBuildOptions(CourseDirectory, ThemeDirectory, Path.Combine(Scratch, "_site"))
        {
            CacheDirectory = Path.Combine(Scratch, "cache"),
        };
        Services = SiteServices.Create(ThemeDirectory, out string? error) ?? throw new InvalidOperationException(error);
        Result = new SiteBuilder(Services).Build(Options);
    }

    public string Repository { get; }

    public string CourseDirectory { get; }

    public string ThemeDirectory { get; }

    public string Scratch { get; }

    public SiteBuildOptions Options { get; }

    public SiteServices Services { get; }

    public SiteBuildResult Result { get; }

    public string Output => Options.OutputDirectory;

    public string Read(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    public void Dispose()
    {
        Services.Dispose();
        Directory.Delete(Scratch, recursive: true);
    }

    /// <summary>Copies the test course (without its build cache) to <paramref name="to"/>, for tests that change it.</summary>
    public void CopyCourse(string to)
    {
        foreach (string file in Directory.EnumerateFiles(CourseDirectory, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(CourseDirectory, file);
            if (relative.StartsWith(".coursekit-cache", StringComparison.Ordinal))
            {
                continue;
            }
            string target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public static string FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CourseKit.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("CourseKit.sln not found above " + AppContext.BaseDirectory);
    }
}
