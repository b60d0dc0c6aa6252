using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CourseKit.Content.Diagnostics;
using CourseKit.Content.Markdown;
using CourseKit.Content.Markdown.Admonitions;
using CourseKit.Content.Markdown.CrossReferences;
using CourseKit.Content.Markdown.ExecutableCells;
using CourseKit.Content.Markdown.HighlightMarks;
using CourseKit.Content.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CourseKit.Content.Loading;

/// <summary>
/// Parses one chapter document and walks it once, in order: numbers headings, figures and labelled equations,
/// attaches labels to what precedes them, collects cells and queues references for the registry.
/// </summary>
internal sealed partial class DocumentReader
{
    private readonly string path;
    private readonly string language;
    private readonly int chapter;
    private readonly string chapterSlug;
    private readonly LabelRegistry labels;
    private readonly DiagnosticBag diagnostics;
    private readonly int[] sectionCounters = new int[7];
    private readonly List<Section> sections = [];
    private readonly Dictionary<HeadingBlock, int> sectionIndex = [];
    private readonly List<CodeCell> cells = [];
    private int figures;
    private int equations;
    private ParagraphBlock? lastFigure;
    private string lastFigureNumber = string.Empty;
    private string lastFigureTitle = string.Empty;
    private string? title;

    private DocumentReader(string path, string language, int chapter, string chapterSlug, LabelRegistry labels, DiagnosticBag diagnostics)
    {
        this.path = path;
        this.language = language;
        this.chapter = chapter;
        this.chapterSlug = chapterSlug;
        this.labels = labels;
        this.diagnostics = diagnostics;
    }

    /// <summary>Reads a document; its references are filled in once the whole course is read.</summary>
    public static ChapterDocument Read(
        string path, string language, string text, int chapter, string chapterSlug, LabelRegistry labels, DiagnosticBag diagnostics)
    {
        var reader = new DocumentReader(path, language, chapter, chapterSlug, labels, diagnostics);
        MarkdownDocument syntax;
        try
        {
            syntax = CourseMarkdown.Parse(text);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // Markdig refuses absurd nesting by throwing; the author gets a diagnostic and an empty chapter.
            diagnostics.Error(
                DiagnosticCodes.MarkdownTooDeep, path, 1, 1, $"the Markdown cannot be parsed: {e.Message}",
                "reduce the nesting of quotes, lists or brackets");
            return new ChapterDocument(language, path, chapterSlug, text, new MarkdownDocument(), [], [], [], []);
        }

        reader.Walk(syntax);
        if (reader.title is null)
        {
            diagnostics.Error(
                DiagnosticCodes.ChapterTitleMissing, path, 1, 1, "the chapter has no level-1 heading",
                "start the file with `# Chapter title`");
        }

        foreach (var (heading, index) in reader.sectionIndex)
        {
            heading.SetData(typeof(Section), reader.sections[index]);
        }

        return new ChapterDocument(
            language, path, reader.title ?? chapterSlug, text, syntax, reader.sections.ToArray(), reader.cells.ToArray(), [], []);
    }

    private void Walk(ContainerBlock container)
    {
        Block? previous = null;
        for (var i = 0; i < container.Count; i++)
        {
            var block = container[i];
            Visit(block, previous);
            if (block is ContainerBlock inner)
            {
                Walk(inner);
            }

            previous = block;
        }
    }

    private void Visit(Block block, Block? previous)
    {
        switch (block)
        {
            case HeadingBlock heading:
                AddSection(heading);
                break;
            case ExecutableCell cell:
                var code = cell.Lines.ToString();
                cells.Add(new CodeCell(cells.Count, code, path, cell.Line + 1, cell.Line + 2));
                return;
            case FencedCodeBlock fenced when ExecutableCell.AsksToRun(fenced):
                diagnostics.Warning(
                    DiagnosticCodes.RunNotCSharp, path, fenced.Line + 1, fenced.Column + 1,
                    $"only C# cells can run, not `{fenced.Info}`", "write ```` ```csharp run ```` or drop `run`");
                return;
            case CustomContainer container:
                var kind = Admonition.KindOf(container);
                if (kind is null || !Admonition.Kinds.Contains(kind))
                {
                    var close = kind is null ? null : Suggestions.Closest(kind, Admonition.Kinds);
                    diagnostics.Warning(
                        DiagnosticCodes.UnknownAdmonition, path, container.Line + 1, container.Column + 1,
                        kind is null ? "admonition without a kind" : $"unknown admonition kind `{kind}`",
                        close is null ? $"kinds are: {string.Join(", ", Admonition.Kinds)}" : $"did you mean `{close}`?");
                }

                return;
        }

        if (block is LeafBlock { Inline: { } inline } leaf)
        {
            VisitInlines(leaf, inline, previous);
        }
    }

    private void AddSection(HeadingBlock heading)
    {
        var level = Math.Clamp(heading.Level, 1, 6);
        var text = PlainText(heading.Inline);
        string number;
        if (level == 1)
        {
            title ??= text;
            number = chapter.ToString(CultureInfo.InvariantCulture);
            Array.Clear(sectionCounters);
        }
        else
        {
            sectionCounters[level]++;
            for (var deeper = level + 1; deeper < sectionCounters.Length; deeper++)
            {
                sectionCounters[deeper] = 0;
            }

            number = level > 3 ? string.Empty
                : level == 2 ? $"{chapter}.{sectionCounters[2]}"
                : $"{chapter}.{sectionCounters[2]}.{sectionCounters[3]}";
        }

        var anchor = heading.TryGetAttributes()?.Id ?? string.Empty;
        sectionIndex[heading] = sections.Count;
        sections.Add(new Section(level, number, text, anchor, heading.Line + 1, null));
    }

    private void VisitInlines(LeafBlock leaf, ContainerInline inline, Block? previous)
    {
        var paragraph = leaf as ParagraphBlock;
        var hasImage = false;
        var hasDisplayMath = false;
        List<CrossReferenceInline>? references = null;
        foreach (var item in inline.Descendants<Inline>())
        {
            switch (item)
            {
                case CrossReferenceInline reference:
                    (references ??= []).Add(reference);
                    break;
                case LinkInline { IsImage: true } image when paragraph is not null && !hasImage:
                    hasImage = true;
                    figures++;
                    lastFigure = paragraph;
                    lastFigureNumber = $"{chapter}.{figures}";
                    lastFigureTitle = PlainText(image);
                    break;
                case MathInline { DelimiterCount: >= 2 }:
                    hasDisplayMath = true;
                    break;
            }
        }

        if (references is null)
        {
            return;
        }

        foreach (var reference in references)
        {
            var line = reference.Line + 1;
            var column = reference.Column + 1;
            if (reference.Role == CrossReferenceRole.Unknown)
            {
                var close = Suggestions.Closest(reference.RoleName, CrossReferenceInlineParser.RoleNames);
                diagnostics.Error(
                    DiagnosticCodes.UnknownRole, path, line, column, $"unknown role `:{reference.RoleName}:`",
                    close is null ? "roles are :label:, :eqlabel:, :numref:, :eqref:, :ref:" : $"did you mean `:{close}:`?");
                continue;
            }

            if (!LabelName().IsMatch(reference.Name))
            {
                diagnostics.Error(
                    DiagnosticCodes.BadLabelName, path, line, column, $"`{reference.Name}` is not a label name",
                    "use letters, digits, `_`, `-`, `:` or `.`, e.g. `sec_derivatives`");
                continue;
            }

            if (!reference.IsDefinition)
            {
                labels.Refer(reference, language, path);
                continue;
            }

            Define(reference, leaf, paragraph, previous, hasImage, hasDisplayMath, line, column);
        }
    }

    private void Define(
        CrossReferenceInline reference, LeafBlock leaf, ParagraphBlock? paragraph, Block? previous, bool hasImage, bool hasDisplayMath, int line, int column)
    {
        if (reference.Role == CrossReferenceRole.EqLabel)
        {
            if (hasDisplayMath || previous is MathBlock)
            {
                equations++;
                labels.Define(new Label(reference.Name, LabelKind.Equation, $"{chapter}.{equations}", string.Empty, language, chapterSlug, path, line, column), reference);
            }
            else
            {
                diagnostics.Error(
                    DiagnosticCodes.DetachedLabel, path, line, column, $"`:eqlabel:` `{reference.Name}` does not follow an equation",
                    "put it on the line right after the closing `$$`");
            }

            return;
        }

        var heading = leaf as HeadingBlock ?? (paragraph is not null && !hasImage ? previous as HeadingBlock : null);
        if (heading is not null && sectionIndex.TryGetValue(heading, out var index))
        {
            var section = sections[index];
            if (section.Label is not null)
            {
                diagnostics.Error(
                    DiagnosticCodes.DuplicateLabel, path, line, column, $"the heading already has the label `{section.Label}`",
                    "give each heading one `:label:`");
                return;
            }

            sections[index] = section with { Label = reference.Name, Anchor = reference.Name };
            labels.Define(new Label(reference.Name, LabelKind.Section, section.Number, section.Title, language, chapterSlug, path, line, column), reference);
            return;
        }

        if (paragraph is not null && (hasImage || (previous is not null && ReferenceEquals(previous, lastFigure))))
        {
            labels.Define(new Label(reference.Name, LabelKind.Figure, lastFigureNumber, lastFigureTitle, language, chapterSlug, path, line, column), reference);
            return;
        }

        diagnostics.Error(
            DiagnosticCodes.DetachedLabel, path, line, column, $"`:label:` `{reference.Name}` does not follow a heading or a figure",
            "put it on the line right after the heading or the image");
    }

    /// <summary>The text of inlines without markup, references or highlight marks (for titles and captions).</summary>
    private static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var item in inline.Descendants<Inline>())
        {
            switch (item)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case MathInline math:
                    text.Append('$').Append(math.Content.AsSpan()).Append('$');
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case CrossReferenceInline or HighlightMark:
                    break;
            }
        }

        return text.ToString().Trim();
    }

    [GeneratedRegex(@"^[A-Za-z0-9_:.\-]+$")]
    private static partial Regex LabelName();
}
