using CourseKit.Content.Diagnostics;
using CourseKit.Content.Model;
using CourseKit.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace CourseKit.Content.Loading;

/// <summary>Reads <c>content/course.yml</c>.</summary>
internal static class CourseFileReader
{
    private static readonly string[] Keys = ["title", "description", "languages", "chapters", "grading", "site"];
    private static readonly string[] SiteKeys = ["cell_time_limit"];
    private static readonly string[] GradingKeys = ["rtol", "atol", "samples", "time_limit"];
    private static readonly Dictionary<string, string> GradingAliases = new(StringComparer.Ordinal)
    {
        ["tolerance"] = "rtol",
        ["tolerence"] = "rtol",
        ["tol"] = "rtol",
        ["timeout"] = "time_limit",
    };

    public static CourseHeader Read(YamlFile yaml, string text)
    {
        var languages = new List<string> { "en" };
        var empty = new CourseHeader(LocalizedText.Empty, LocalizedText.Empty, languages, [], GradingDefaults.BuiltIn);
        if (yaml.Parse(text) is not { } root)
        {
            return empty;
        }

        var keys = yaml.Keys(root, "course.yml", Keys);
        if (keys.TryGetValue("languages", out var languagesEntry))
        {
            languages = ReadLanguages(yaml, languagesEntry.Value);
        }

        LocalizedText title = LocalizedText.Empty, description = LocalizedText.Empty;
        if (keys.TryGetValue("title", out var titleEntry))
        {
            title = Localized.Text(yaml, titleEntry.Value, "title", languages) ?? LocalizedText.Empty;
        }
        else
        {
            yaml.Error(DiagnosticCodes.MissingField, root, "course.yml has no `title`", "add `title: {en: …}`");
        }

        if (keys.TryGetValue("description", out var descriptionEntry))
        {
            description = Localized.Text(yaml, descriptionEntry.Value, "description", languages) ?? LocalizedText.Empty;
        }

        var chapters = new List<(string, YamlNode)>();
        if (keys.TryGetValue("chapters", out var chaptersEntry))
        {
            if (yaml.Sequence(chaptersEntry.Value, "`chapters`") is { } list)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var item in list.Children)
                {
                    if (yaml.String(item, "each chapter") is not { } folder)
                    {
                        continue;
                    }

                    if (!seen.Add(folder))
                    {
                        yaml.Error(DiagnosticCodes.DuplicateChapter, item, $"chapter `{folder}` is listed twice", "remove one of them");
                        continue;
                    }

                    chapters.Add((folder, item));
                }
            }
        }
        else
        {
            yaml.Error(DiagnosticCodes.MissingField, root, "course.yml has no `chapters` list", "add `chapters: [01-first-chapter]`");
        }

        var grading = keys.TryGetValue("grading", out var gradingEntry)
            ? ReadGrading(yaml, gradingEntry.Value, GradingDefaults.BuiltIn)
            : GradingDefaults.BuiltIn;
        var site = keys.TryGetValue("site", out var siteEntry) ? ReadSite(yaml, siteEntry.Value) : SiteSettings.BuiltIn;
        return new CourseHeader(title, description, languages, chapters, grading) { Site = site };
    }

    private static List<string> ReadLanguages(YamlFile yaml, YamlNode node)
    {
        var languages = new List<string>();
        if (yaml.Sequence(node, "`languages`") is not { } list)
        {
            return ["en"];
        }

        foreach (var item in list.Children)
        {
            if (yaml.String(item, "each language") is not { } code)
            {
                continue;
            }

            if (!LanguageCodes.IsLanguageLike(code))
            {
                yaml.Error(DiagnosticCodes.BadLanguages, item, $"`{code}` is not a language code", "use codes such as `en` or `zh`");
            }
            else if (languages.Contains(code))
            {
                yaml.Error(DiagnosticCodes.BadLanguages, item, $"language `{code}` is listed twice");
            }
            else
            {
                languages.Add(code);
            }
        }

        if (languages.Count == 0 || languages[0] != "en")
        {
            yaml.Error(DiagnosticCodes.BadLanguages, node, "`languages` must start with `en`, the original", "write `languages: [en, …]`");
            languages.Remove("en");
            languages.Insert(0, "en");
        }

        return languages;
    }

    /// <summary>Reads a <c>grading</c> mapping over <paramref name="fallback"/>; invalid values keep the fallback.</summary>
    public static GradingDefaults ReadGrading(YamlFile yaml, YamlNode node, GradingDefaults fallback)
    {
        if (yaml.Mapping(node, "`grading`") is not { } map)
        {
            return fallback;
        }

        return GradingValues.Read(yaml, yaml.Keys(map, "grading", GradingKeys, GradingAliases), fallback);
    }

    // The build's own settings; invalid values keep the built-in ones (the diagnostic makes `check` fail).
    private static SiteSettings ReadSite(YamlFile yaml, YamlNode node)
    {
        if (yaml.Mapping(node, "`site`") is not { } map)
        {
            return SiteSettings.BuiltIn;
        }

        var keys = yaml.Keys(map, "site", SiteKeys);
        return keys.TryGetValue("cell_time_limit", out var limit) && GradingValues.TimeLimit(yaml, limit.Value, "cell_time_limit") is { } t
            ? new SiteSettings(t)
            : SiteSettings.BuiltIn;
    }
}
