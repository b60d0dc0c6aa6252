using System.Text.RegularExpressions;
using CourseKit.Site.Highlighting;
using TextMateSharp.Grammars;

namespace CourseKit.Site.Tests.Highlighting;

public class HighlightStylesheetTests
{
    private static string Color(string css, string selector)
    {
        var match = Regex.Match(css, Regex.Escape(selector) + @" \{[^}]*color: (#[0-9A-Fa-f]{6})");
        Assert.True(match.Success, $"no colour for {selector} in\n{css}");
        return match.Groups[1].Value.ToUpperInvariant();
    }

    [Fact]
    public void Light_plus_colours_match_vs_code()
    {
        string css = HighlightStylesheet.Generate(ThemeName.LightPlus);
        Assert.Equal("#008000", Color(css, ".hl .hl-comment"));
        Assert.Equal("#A31515", Color(css, ".hl .hl-string"));
        Assert.Equal("#0000FF", Color(css, ".hl .hl-keyword"));
        Assert.Equal("#AF00DB", Color(css, ".hl .hl-control"));
        Assert.Equal("#098658", Color(css, ".hl .hl-number"));
    }

    [Fact]
    public void Dark_plus_is_scoped_under_the_dark_selector()
    {
        string css = HighlightStylesheet.LightAndDark();
        Assert.Equal("#6A9955", Color(css, "[data-theme=\"dark\"] .hl .hl-comment"));
        Assert.Equal("#CE9178", Color(css, "[data-theme=\"dark\"] .hl .hl-string"));
        Assert.Equal("#569CD6", Color(css, "[data-theme=\"dark\"] .hl .hl-keyword"));
        Assert.Equal("#1E1E1E", Regex.Match(css, "\\[data-theme=\"dark\"\\] \\.hl \\{[^}]*background-color: (#[0-9A-Fa-f]{6})").Groups[1].Value.ToUpperInvariant());
    }

    [Fact]
    public void Every_class_the_highlighter_emits_has_a_rule_in_both_themes()
    {
        foreach (var theme in new[] { ThemeName.LightPlus, ThemeName.DarkPlus })
        {
            string css = HighlightStylesheet.Generate(theme);
            Assert.All(TokenClass.All, c => Assert.Contains($".hl .{c.Name} {{", css));
        }
    }
}
