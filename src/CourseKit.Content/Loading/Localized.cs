using CourseKit.Content.Diagnostics;
using CourseKit.Content.Model;
using CourseKit.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace CourseKit.Content.Loading;

/// <summary>Reads a per-language value: either one text (English) or a mapping of language → text.</summary>
internal static class Localized
{
    public static LocalizedText? Text(YamlFile yaml, YamlNode node, string field, IReadOnlyList<string> languages)
    {
        var values = Read(yaml, node, field, languages, (n, what) => yaml.String(n, what));
        return values is null ? null : new LocalizedText(values);
    }

    public static Dictionary<string, IReadOnlyList<string>>? Lists(YamlFile yaml, YamlNode node, string field, IReadOnlyList<string> languages) =>
        Read<IReadOnlyList<string>>(yaml, node, field, languages, (n, what) =>
        {
            if (n is YamlScalarNode)
            {
                return yaml.String(n, what) is { } one ? [one] : null;
            }

            if (yaml.Sequence(n, what) is not { } sequence)
            {
                return null;
            }

            var items = new List<string>(sequence.Children.Count);
            foreach (var item in sequence.Children)
            {
                if (yaml.String(item, $"each item of {what}") is { } text)
                {
                    items.Add(text);
                }
            }

            return items;
        });

    private static Dictionary<string, T>? Read<T>(
        YamlFile yaml, YamlNode node, string field, IReadOnlyList<string> languages, Func<YamlNode, string, T?> read)
        where T : class
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);

        // A mapping whose keys are all language-like is per-language; anything else is the English text itself.
        if (node is not YamlMappingNode map || !map.Children.Keys.All(k => k is YamlScalarNode { Value: { } v } && LanguageCodes.IsLanguageLike(v)))
        {
            if (read(node, $"`{field}`") is { } single)
            {
                result["en"] = single;
                foreach (var language in languages.Skip(1))
                {
                    yaml.Warning(
                        DiagnosticCodes.TextTranslationMissing, node, $"`{field}` has no `{language}` translation",
                        $"write it as a mapping: `{field}: {{en: …, {language}: …}}`");
                }
            }

            return result.Count == 0 ? null : result;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var language = ((YamlScalarNode)keyNode).Value!;
            if (!languages.Contains(language))
            {
                yaml.Warning(
                    DiagnosticCodes.TextUnknownLanguage, keyNode, $"`{field}` has text in `{language}`, which course.yml does not declare",
                    Suggestions.Closest(language, languages) is { } close ? $"did you mean `{close}`?" : "add it to `languages` in course.yml");
            }

            if (read(value, $"`{field}.{language}`") is { } text)
            {
                result[language] = text;
            }
        }

        if (!result.ContainsKey("en"))
        {
            yaml.Error(DiagnosticCodes.EnglishTextMissing, node, $"`{field}` has no English (`en`) text", "add an `en:` entry");
        }

        foreach (var language in languages.Skip(1))
        {
            if (!result.ContainsKey(language) && map.Children.Count > 0)
            {
                yaml.Warning(DiagnosticCodes.TextTranslationMissing, node, $"`{field}` has no `{language}` translation", $"add a `{language}:` entry");
            }
        }

        return result.Count == 0 ? null : result;
    }
}
