using CourseKit.Content.Loading;

namespace CourseKit.Site.Tests.Building;

/// <summary>Nothing instructors keep to themselves — references, sample submissions, anything under graders/ — reaches the site.</summary>
public class NoGradersLeakTests(ValidCourseBuild build) : IClassFixture<ValidCourseBuild>
{
    [Fact]
    public void No_output_file_contains_a_reference_or_a_graders_file()
    {
        Assert.True(build.Result.Succeeded, string.Join("\n", build.Result.Diagnostics));
        var course = CourseLoader.Load(build.CourseDirectory).Course;
        var secrets = new List<(string Source, string Text)>();
        foreach (var exercise in course.Exercises)
        {
            if (exercise.Check.Reference?.Code is { } inline)
            {
                secrets.Add((exercise.File, inline.Trim()));
            }
        }
        string graders = Path.Combine(build.CourseDirectory, "graders");
        foreach (string file in Directory.EnumerateFiles(graders, "*", SearchOption.AllDirectories))
        {
            secrets.Add((Path.GetRelativePath(build.CourseDirectory, file), File.ReadAllText(file).Trim()));
        }
        // Distinctive single lines too, so a page that showed part of a reference is caught; lines that the
        // public material itself contains (a starter's signature, a brace) say nothing.
        string published = string.Join("\n", course.Chapters.SelectMany(c => c.Documents).Select(d => d.Markdown))
            + string.Join("\n", course.Exercises.Select(e => e.Starter + "\n" + string.Join("\n", e.Prompt.ByLanguage.Values)));
        foreach (var (source, text) in secrets.ToArray())
        {
            foreach (string line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length >= 16 && !published.Contains(l, StringComparison.Ordinal)))
            {
                secrets.Add((source, line));
            }
        }
        Assert.NotEmpty(secrets);
        Assert.DoesNotContain(build.Result.Files, f => f.Contains("graders", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".csx", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal));
        foreach (string file in Directory.EnumerateFiles(build.Output, "*", SearchOption.AllDirectories))
        {
            string content = File.ReadAllText(file);
            foreach (var (source, text) in secrets)
            {
                Assert.False(
                    text.Length > 0 && (content.Contains(text, StringComparison.Ordinal) || content.Contains(System.Net.WebUtility.HtmlEncode(text), StringComparison.Ordinal)),
                    $"{Path.GetRelativePath(build.Output, file)} contains text from {source}: {text}");
            }
        }
    }
}
