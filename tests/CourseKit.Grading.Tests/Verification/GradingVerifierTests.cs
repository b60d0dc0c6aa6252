using CourseKit.Content.FileSystem;
using CourseKit.Content.Loading;
using CourseKit.Content.Verification;
using CourseKit.Grading.Verification;

namespace CourseKit.Grading.Tests.Verification;

public sealed class GradingVerifierTests : IDisposable
{
    private readonly string _course = Directory.CreateTempSubdirectory("verifier-tests-").FullName;

    public GradingVerifierTests() => Copy(Repository.ValidCourse, _course);

    public void Dispose() => Directory.Delete(_course, recursive: true);

    private static void Copy(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        }

        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }

    private async Task<List<string>> Verify()
    {
        var loaded = CourseLoader.Load(_course);
        var diagnostics = await new GradingVerifier().VerifyAsync(new CourseVerificationContext(loaded, new PhysicalCourseFileSystem(_course)), CancellationToken.None);
        return diagnostics.Select(d => d.ToString()).ToList();
    }

    private void Edit(string path, string from, string to)
    {
        var full = Path.Combine(_course, path);
        var text = File.ReadAllText(full);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(full, text.Replace(from, to, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sound_course_verifies_clean()
    {
        Assert.Empty(await Verify());
    }

    [Fact]
    public async Task An_instructors_slip_in_a_reference_is_caught_before_learners_see_it()
    {
        Edit("content/01-calculus/exercises/square-derivative.yml", "Tensor F(Tensor x) => x * x * x - 2 * x;", "Tensor F(Tensor x) => x * x * x - 2 * y;");

        var diagnostics = await Verify();

        var broken = Assert.Single(diagnostics, d => d.Contains("CK100", StringComparison.Ordinal));
        Assert.StartsWith("content/01-calculus/exercises/square-derivative.yml(", broken, StringComparison.Ordinal);
        Assert.Contains("'y'", broken, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_starter_that_already_passes_is_an_error()
    {
        Edit("content/01-calculus/exercises/square-derivative.yml", "return 0; // your code here", "return 3 * x * x - 2;");

        Assert.Contains(await Verify(), d => d.Contains("CK102", StringComparison.Ordinal) && d.Contains("square-derivative", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sample_that_does_not_get_its_promised_verdict_is_named()
    {
        File.Move(
            Path.Combine(_course, "graders/01-calculus/square-derivative/wrong-lost-factor.csx"),
            Path.Combine(_course, "graders/01-calculus/square-derivative/correct-lost-factor.csx"));

        var mismatch = Assert.Single(await Verify());

        Assert.StartsWith("graders/01-calculus/square-derivative/correct-lost-factor.csx: error CK103: promises `passed` by its name but got `wrong`", mismatch, StringComparison.Ordinal);
    }
}
