using System.Text;
using CourseKit.Content.Markdown;
using CourseKit.Content.Markdown.CrossReferences;
using CourseKit.Content.Markdown.ExecutableCells;
using CourseKit.Content.Markdown.HighlightMarks;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CourseKit.Content.Tests;

/// <summary>
/// Markdig-style specs: each Specs/*.md file holds examples as a ```` ~~~~ markdown ```` input followed by the
/// expected ```` ~~~~ tree ```` (what our extensions parse) and, optionally, ```` ~~~~ html ```` (Markdig's plain
/// HTML, where marks are dropped and cells are shown as code; the site's renderer is tested in CourseKit.Site).
/// </summary>
public class MarkdownSpecTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Specs"), "*.md").Order(StringComparer.Ordinal))
        {
            foreach (var example in Parse(file))
            {
                data.Add(Path.GetFileNameWithoutExtension(file), example.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_parses_as_specified(string spec, string name)
    {
        var example = Parse(Path.Combine(AppContext.BaseDirectory, "Specs", spec + ".md")).Single(e => e.Name == name);
        Assert.Equal(example.Tree.TrimEnd(), Dump(CourseMarkdown.Parse(example.Input)).TrimEnd());
        if (example.Html is not null)
        {
            Assert.Equal(example.Html.TrimEnd(), Markdig.Markdown.ToHtml(example.Input, CourseMarkdown.Pipeline).TrimEnd());
        }
    }

    private sealed record Example(string Name, string Input, string Tree, string? Html);

    private static List<Example> Parse(string file)
    {
        var examples = new List<Example>();
        string? name = null, input = null, tree = null, html = null;
        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                name = lines[i][3..].Trim();
                continue;
            }

            if (!lines[i].StartsWith("~~~~ ", StringComparison.Ordinal))
            {
                continue;
            }

            var kind = lines[i][5..].Trim();
            var body = new StringBuilder();
            for (i++; i < lines.Length && lines[i] != "~~~~"; i++)
            {
                body.Append(lines[i]).Append('\n');
            }

            switch (kind)
            {
                case "markdown":
                    input = body.ToString();
                    break;
                case "tree":
                    tree = body.ToString();
                    break;
                case "html":
                    html = body.ToString();
                    break;
            }
        }

        Flush();
        return examples;

        void Flush()
        {
            if (name is not null && input is not null && tree is not null)
            {
                examples.Add(new Example(name, input, tree, html));
            }

            name = input = tree = html = null;
        }
    }

    /// <summary>One line per block and per inline that matters to us, with 1-based positions for our nodes.</summary>
    private static string Dump(MarkdownDocument document)
    {
        var text = new StringBuilder();
        foreach (var block in document.Descendants<Block>())
        {
            switch (block)
            {
                case HeadingBlock heading:
                    text.Append("Heading ").Append(heading.Level).Append('\n');
                    break;
                case ParagraphBlock:
                    text.Append("Paragraph\n");
                    break;
                case ExecutableCell cell:
                    text.Append($"ExecutableCell {cell.Info} @{cell.Line + 1}: {cell.Lines.ToString().Replace("\n", "\\n", StringComparison.Ordinal)}\n");
                    break;
                case MathBlock:
                    text.Append("MathBlock\n");
                    break;
                case FencedCodeBlock fenced:
                    text.Append($"Code {fenced.Info} {fenced.Arguments}".TrimEnd()).Append('\n');
                    break;
                case CustomContainer container:
                    text.Append($"Container {container.Info} {container.Arguments}".TrimEnd()).Append('\n');
                    break;
            }

            if (block is LeafBlock { Inline: { } inline })
            {
                foreach (var item in inline.Descendants<Inline>())
                {
                    var line = item switch
                    {
                        CrossReferenceInline r => $"  CrossReference {r.RoleName} {r.Name} @{r.Line + 1}:{r.Column + 1}",
                        HighlightMark m => $"  HighlightMark {(m.IsOpening ? "open" : "close")} {m.Bracket} @{m.Line + 1}:{m.Column + 1}",
                        LiteralInline l => $"  Literal \"{l.Content}\"",
                        MathInline m => $"  Math \"{m.Content}\"",
                        CodeInline c => $"  Code \"{c.Content}\"",
                        EmphasisInline e => $"  Emphasis {e.DelimiterChar}{e.DelimiterCount}",
                        LinkInline { IsImage: true } l => $"  Image {l.Url}",
                        LineBreakInline => "  LineBreak",
                        _ => null,
                    };
                    if (line is not null)
                    {
                        text.Append(line).Append('\n');
                    }
                }
            }
        }

        return text.ToString();
    }
}
