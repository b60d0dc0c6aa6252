using System.Text.RegularExpressions;

namespace CourseKit.Site.Tests.Specs;

/// <summary>One example of a spec file: Markdown (or YAML) in, HTML out, in Markdig's spec format.</summary>
public sealed partial record SpecExample(string File, int Number, string Section, string Input, string Expected)
{
    public override string ToString() => $"{File} #{Number} ({Section})";

    /// <summary>Every example of Specs/&lt;file&gt;, as xunit theory data.</summary>
    public static TheoryData<string, int> In(string file)
    {
        var data = new TheoryData<string, int>();
        foreach (var example in Read(file))
        {
            data.Add(file, example.Number);
        }
        return data;
    }

    /// <summary>
    /// Checks <paramref name="actual"/> against the example; with COURSEKIT_ACCEPT_SPECS=1 it instead writes
    /// the actual HTML into the spec file, for a person to review in the diff (as Markdig's spec generator does).
    /// </summary>
    public void Verify(string actual)
    {
        if (Environment.GetEnvironmentVariable("COURSEKIT_ACCEPT_SPECS") == "1" && actual != Expected)
        {
            string path = PathOf(File);
            string text = System.IO.File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            string fence = new('`', 16);
            string old = $"{fence} example\n{Input}.\n{Expected}{fence}";
            System.IO.File.WriteAllText(path, text.Replace(old, $"{fence} example\n{Input}.\n{actual}{fence}", StringComparison.Ordinal));
            return;
        }
        Assert.Equal(Expected, actual);
    }

    private static string PathOf(string file) =>
        Path.Combine(Building.ValidCourseBuild.FindRepository(), "tests", "CourseKit.Site.Tests", "Specs", file);

    public static IReadOnlyList<SpecExample> Read(string file)
    {
        string path = PathOf(file);
        string text = System.IO.File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var examples = new List<SpecExample>();
        string section = "";
        int number = 0;
        foreach (Match match in Block().Matches(text))
        {
            if (match.Groups["heading"].Success)
            {
                section = match.Groups["heading"].Value.Trim();
                continue;
            }
            number++;
            examples.Add(new SpecExample(file, number, section, match.Groups["input"].Value, match.Groups["expected"].Value));
        }
        return examples;
    }

    [GeneratedRegex(@"^##\s+(?<heading>.+)$|^`{16} example\n(?<input>[\s\S]*?)^\.\n(?<expected>[\s\S]*?)^`{16}$", RegexOptions.Multiline)]
    private static partial Regex Block();
}
