using System.Text.RegularExpressions;
using System.Xml.Linq;
using CourseKit.Site.Highlighting;

namespace CourseKit.Site.Tests.Highlighting;

public class CodeHighlighterTests
{
    // One highlighter for the class: loading grammars is the slow part, and the type is thread-safe.
    private static readonly CodeHighlighter Highlighter = new();

    /// <summary>The text of every span of <paramref name="cssClass"/> in the highlighted HTML.</summary>
    private static string[] Spans(HighlightedCode code, string cssClass) =>
        XElement.Parse("<code>" + code.Html + "</code>", LoadOptions.PreserveWhitespace).Descendants("span")
            .Where(s => (string?)s.Attribute("class") == cssClass)
            .Select(s => s.Value)
            .ToArray();

    private static string PlainText(HighlightedCode code) => XElement.Parse("<code>" + code.Html + "</code>", LoadOptions.PreserveWhitespace).Value;

    private const string Snippet = """
        // Slope of f at x, by central difference.
        public static double Slope(Func<double, double> f, double x)
        {
            const double h = 0.001;
            if (h <= 0) return double.NaN;
            return (f(x + h) - f(x - h)) / (2 * h); /* close to 6x - 4 */
        }
        var label = $"slope = {Slope(F, 1.0)}\n";
        """;

    [Fact]
    public void A_csharp_snippet_gets_classes_for_keywords_strings_comments_and_numbers()
    {
        var code = Highlighter.Highlight(Snippet, "csharp");

        Assert.True(code.IsHighlighted);
        Assert.Equal("csharp", code.Language);
        Assert.Contains("// Slope of f at x, by central difference.", Spans(code, "hl-comment"));
        Assert.Contains("/* close to 6x - 4 */", Spans(code, "hl-comment"));
        // Keywords in a row share one span.
        Assert.Contains("public static double", Spans(code, "hl-keyword"));
        Assert.Contains("const double", Spans(code, "hl-keyword"));
        Assert.Contains("if", Spans(code, "hl-control"));
        Assert.Contains("return", Spans(code, "hl-control"));
        Assert.Contains("0.001", Spans(code, "hl-number"));
        Assert.Contains("2", Spans(code, "hl-number"));
        Assert.Contains("1.0", Spans(code, "hl-number"));
        Assert.Contains(Spans(code, "hl-string"), s => s.StartsWith("$\"slope = ", StringComparison.Ordinal));
        Assert.Contains(@"\n", Spans(code, "hl-escape"));
        Assert.Contains("Slope", Spans(code, "hl-function"));
        // Highlighting adds markup, never text.
        Assert.Equal(Snippet, PlainText(code));
    }

    [Fact]
    public void Angle_brackets_and_ampersands_are_escaped_inside_and_outside_tokens()
    {
        const string source = "if (a < b && c > 0) Console.WriteLine(\"<b>&amp;</b>\"); // x < y & z > w";
        var code = Highlighter.Highlight(source, "cs");

        Assert.DoesNotContain("<b>", code.Html);
        Assert.Contains("&lt;b&gt;&amp;amp;&lt;/b&gt;", code.Html);
        Assert.Contains("&amp;&amp;", code.Html);
        Assert.Contains("x &lt; y &amp; z &gt; w", code.Html);
        // Only our spans are markup: the rest parses back to the source exactly.
        Assert.Equal(source, PlainText(code));
        Assert.DoesNotMatch(new Regex("<(?!/?span)"), code.Html);
    }

    [Theory]
    [InlineData("klingon")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_language_gives_escaped_plain_text(string? language)
    {
        const string source = "x <- a & b > c\r\nsecond line";
        var code = Highlighter.Highlight(source, language);

        Assert.False(code.IsHighlighted);
        Assert.Null(code.Language);
        Assert.Equal("x &lt;- a &amp; b &gt; c\nsecond line", code.Html);
    }

    [Theory]
    [InlineData("csharp", "csharp")]
    [InlineData("C#", "csharp")]
    [InlineData("cs", "csharp")]
    [InlineData("bash", "shellscript")]
    [InlineData("sh", "shellscript")]
    [InlineData("yml", "yaml")]
    [InlineData("json", "json")]
    [InlineData("py", "python")]
    [InlineData("text", null)]
    public void Fence_names_resolve_to_bundled_grammars(string fence, string? id) =>
        Assert.Equal(id, Highlighter.ResolveLanguage(fence));

    [Fact]
    public void The_other_fences_of_the_course_are_highlighted_too()
    {
        var bash = Highlighter.Highlight("dotnet test # runs \"all\"\necho $HOME", "bash");
        Assert.Contains("# runs \"all\"", Spans(bash, "hl-comment"));

        var yaml = Highlighter.Highlight("title: Calculus\npoints: 10\n", "yaml");
        Assert.Contains("title", Spans(yaml, "hl-tag"));
        Assert.Contains("10", Spans(yaml, "hl-number"));

        var json = Highlighter.Highlight("{ \"lr\": 0.1, \"ok\": true }", "json");
        Assert.Contains(Spans(json, "hl-property"), s => s.Contains("lr", StringComparison.Ordinal));
        Assert.Contains("0.1", Spans(json, "hl-number"));
        Assert.Contains("true", Spans(json, "hl-constant"));

        var python = Highlighter.Highlight("def f(x):\n    return 3 * x ** 2 - 4 * x", "python");
        Assert.Contains("def", Spans(python, "hl-keyword"));
        Assert.Contains("return", Spans(python, "hl-control"));
    }

    [Fact]
    public void Multi_line_constructs_carry_state_from_line_to_line()
    {
        var code = Highlighter.Highlight("/* first\n   second */ int x;", "csharp");
        Assert.Equal(["/* first", "   second */"], Spans(code, "hl-comment"));
        Assert.Contains("int", Spans(code, "hl-keyword"));
    }

    [Fact]
    public void Concurrent_builds_share_one_highlighter_safely()
    {
        var expected = Highlighter.Highlight(Snippet, "csharp").Html;
        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = Highlighter.Highlight(Snippet, "csharp").Html);
        Assert.All(results, html => Assert.Equal(expected, html));
    }
}
