using CourseKit.Content.Diagnostics;
using CourseKit.Content.Markdown.CrossReferences;
using CourseKit.Content.Model;

namespace CourseKit.Content.Loading;

/// <summary>
/// All labels of the course per language, and the references waiting for them. Resolution is one dictionary
/// lookup per reference, so it grows linearly with the course.
/// </summary>
internal sealed class LabelRegistry(DiagnosticBag diagnostics)
{
    private const int MaxSuggestionCandidates = 5000;

    private readonly Dictionary<string, Dictionary<string, Label>> byLanguage = new(StringComparer.Ordinal);
    private readonly List<Label> all = [];
    private readonly List<(CrossReferenceInline Inline, string Language, string File)> pending = [];

    public IReadOnlyList<Label> All => all;

    public void Define(Label label, CrossReferenceInline inline)
    {
        if (!byLanguage.TryGetValue(label.Language, out var labels))
        {
            byLanguage[label.Language] = labels = new Dictionary<string, Label>(StringComparer.Ordinal);
        }

        if (labels.TryGetValue(label.Name, out var first))
        {
            diagnostics.Error(
                DiagnosticCodes.DuplicateLabel, label.File, label.Line, label.Column, $"label `{label.Name}` is defined twice",
                $"it is first defined at {first.File}({first.Line},{first.Column}); rename one");
            return;
        }

        labels[label.Name] = label;
        all.Add(label);
        inline.Target = label;
    }

    public void Refer(CrossReferenceInline inline, string language, string file) => pending.Add((inline, language, file));

    /// <summary>Resolves every pending reference and returns them per document path, in order.</summary>
    public Dictionary<string, List<CrossReference>> Resolve()
    {
        var result = new Dictionary<string, List<CrossReference>>(StringComparer.Ordinal);
        foreach (var (inline, language, file) in pending)
        {
            var line = inline.Line + 1;
            var column = inline.Column + 1;
            var label = Find(language, inline.Name);
            if (label is null && language != "en" && Find("en", inline.Name) is { } english)
            {
                diagnostics.Warning(
                    DiagnosticCodes.LabelOnlyInEnglish, file, line, column,
                    $"label `{inline.Name}` is defined only in the English original", $"add the `:label:` to the {language} translation");
                label = english;
            }

            if (label is null)
            {
                var candidates = byLanguage.TryGetValue(language, out var labels) && labels.Count <= MaxSuggestionCandidates
                    ? labels.Keys
                    : Enumerable.Empty<string>();
                var close = Suggestions.Closest(inline.Name, candidates);
                diagnostics.Error(
                    DiagnosticCodes.UnknownLabel, file, line, column, $"`:{inline.RoleName}:` to unknown label `{inline.Name}`",
                    close is null ? "define it with `:label:` after a heading or figure, or `:eqlabel:` after an equation" : $"did you mean `{close}`?");
            }
            else if (Mismatch(inline.Role, label.Kind) is { } fix)
            {
                diagnostics.Error(
                    DiagnosticCodes.ReferenceKindMismatch, file, line, column,
                    $"`:{inline.RoleName}:` cannot refer to {label.Kind.ToString().ToLowerInvariant()} label `{label.Name}`", fix);
                label = null;
            }

            inline.Target = label;
            if (!result.TryGetValue(file, out var list))
            {
                result[file] = list = [];
            }

            list.Add(new CrossReference(inline.Role, inline.Name, file, line, column, label));
        }

        return result;
    }

    private Label? Find(string language, string name) =>
        byLanguage.TryGetValue(language, out var labels) && labels.TryGetValue(name, out var label) ? label : null;

    private static string? Mismatch(CrossReferenceRole role, LabelKind kind) => (role, kind) switch
    {
        (CrossReferenceRole.EqRef, not LabelKind.Equation) => "use `:numref:` for sections and figures",
        (CrossReferenceRole.NumRef, LabelKind.Equation) => "use `:eqref:` for equations",
        (CrossReferenceRole.Ref, not LabelKind.Section) => kind == LabelKind.Equation ? "use `:eqref:` for equations" : "use `:numref:` for figures",
        _ => null,
    };
}
