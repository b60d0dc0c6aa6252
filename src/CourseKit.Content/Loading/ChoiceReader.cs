using CourseKit.Content.Diagnostics;
using CourseKit.Content.Model;
using CourseKit.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace CourseKit.Content.Loading;

/// <summary>Reads a choice exercise's <c>options</c> and <c>answer</c>.</summary>
internal static class ChoiceReader
{
    public static CheckSpec Read(
        YamlFile yaml, YamlMappingNode map, Dictionary<string, (YamlNode Key, YamlNode Value)> keys, IReadOnlyList<string> languages, CheckSpec spec)
    {
        var options = new List<ChoiceOption>();
        if (!keys.TryGetValue("options", out var optionsEntry))
        {
            yaml.Error(DiagnosticCodes.MissingField, map, "a `choice` check needs `options`", "add `options:` with a list of `{key: a, text: …}`");
        }
        else if (yaml.Sequence(optionsEntry.Value, "`options`") is { } list)
        {
            foreach (var item in list.Children)
            {
                if (ReadOption(yaml, item, options.Count, languages) is not { } option)
                {
                    continue;
                }

                if (options.Any(o => o.Key == option.Key))
                {
                    yaml.Error(DiagnosticCodes.BadChoice, item, $"two options have the key `{option.Key}`", "give every option its own key");
                    continue;
                }

                options.Add(option);
            }

            if (list.Children.Count < 2)
            {
                yaml.Error(DiagnosticCodes.BadChoice, optionsEntry.Value, "a choice needs at least two options");
            }
        }

        var answers = new List<string>();
        if (!keys.TryGetValue("answer", out var answerEntry))
        {
            yaml.Error(DiagnosticCodes.MissingField, map, "a `choice` check needs an `answer`", "add `answer: a` (or a list of keys)");
        }
        else
        {
            var items = answerEntry.Value is YamlSequenceNode seq ? seq.Children.ToList() : [answerEntry.Value];
            foreach (var item in items)
            {
                if (yaml.String(item, "each answer") is not { } key)
                {
                    continue;
                }

                if (options.Count > 0 && options.All(o => o.Key != key))
                {
                    var close = Suggestions.Closest(key, options.Select(o => o.Key));
                    yaml.Error(
                        DiagnosticCodes.BadChoice, item, $"answer `{key}` is not one of the options",
                        close is null ? $"options are: {string.Join(", ", options.Select(o => o.Key))}" : $"did you mean `{close}`?");
                    continue;
                }

                answers.Add(key);
            }

            if (items.Count == 0)
            {
                yaml.Error(DiagnosticCodes.BadChoice, answerEntry.Value, "`answer` is empty");
            }
        }

        return spec with { Options = options, Answers = answers };
    }

    private static ChoiceOption? ReadOption(YamlFile yaml, YamlNode item, int index, IReadOnlyList<string> languages)
    {
        var defaultKey = index < 26 ? ((char)('a' + index)).ToString() : $"o{index + 1}";
        if (item is YamlMappingNode map && map.Children.Keys.Any(k => k is YamlScalarNode { Value: "text" or "key" }))
        {
            var keys = yaml.Keys(map, "an option", ["key", "text"]);
            var key = defaultKey;
            if (keys.TryGetValue("key", out var keyEntry))
            {
                key = yaml.String(keyEntry.Value, "the option's `key`") ?? defaultKey;
            }

            if (!keys.TryGetValue("text", out var textEntry))
            {
                yaml.Error(DiagnosticCodes.MissingField, map, "the option has no `text`", "add `text:`");
                return null;
            }

            return Localized.Text(yaml, textEntry.Value, "text", languages) is { } text ? new ChoiceOption(key, text) : null;
        }

        return Localized.Text(yaml, item, "option", languages) is { } plain ? new ChoiceOption(defaultKey, plain) : null;
    }
}
