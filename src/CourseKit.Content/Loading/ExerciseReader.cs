using System.Text.RegularExpressions;
using CourseKit.Content.Diagnostics;
using CourseKit.Content.FileSystem;
using CourseKit.Content.Model;
using CourseKit.Content.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CourseKit.Content.Loading;

/// <summary>Reads one exercise YAML file into an <see cref="Exercise"/>, reporting everything wrong on the way.</summary>
internal static partial class ExerciseReader
{
    public static Exercise? Read(YamlFile yaml, string text, ExerciseContext context, out (int Line, int Column) idPosition)
    {
        idPosition = (1, 1);
        if (yaml.Parse(text) is not { } root)
        {
            return null;
        }

        var keys = yaml.Keys(root, "the exercise", ExerciseKeys.Top, ExerciseKeys.Aliases);
        var languages = context.Languages;

        var fileId = Path.GetFileNameWithoutExtension(CoursePath.FileName(yaml.Path));
        var id = fileId;
        if (Require(yaml, root, keys, "id") is { } idNode && yaml.String(idNode, "`id`") is { } idText)
        {
            id = idText;
            idPosition = (YamlFile.Line(idNode), YamlFile.Column(idNode));
            if (!KebabCase().IsMatch(id))
            {
                yaml.Error(
                    DiagnosticCodes.BadExerciseId, idNode, $"exercise id `{id}` is not kebab-case",
                    $"use lower-case words joined by hyphens, e.g. `{ToKebab(id)}`");
            }
            else if (id != fileId)
            {
                yaml.Error(
                    DiagnosticCodes.ExerciseIdFileMismatch, idNode, $"exercise id `{id}` differs from the file name `{fileId}.yml`",
                    $"rename the file to `{id}.yml` or set `id: {fileId}`");
            }
        }

        var kind = ExerciseKind.Manual;
        var kindKnown = false;
        if (Require(yaml, root, keys, "kind") is { } kindNode && yaml.String(kindNode, "`kind`") is { } kindText)
        {
            if (ExerciseKeys.Kinds.TryGetValue(kindText, out var known))
            {
                kind = known;
                kindKnown = true;
            }
            else
            {
                var close = Suggestions.Closest(kindText, ExerciseKeys.Kinds.Keys);
                yaml.Error(
                    DiagnosticCodes.UnknownKind, kindNode, $"unknown exercise kind `{kindText}`",
                    close is null ? $"kinds are: {string.Join(", ", ExerciseKeys.Kinds.Keys)}" : $"did you mean `{close}`?");
            }
        }

        var title = Require(yaml, root, keys, "title") is { } titleNode
            ? Localized.Text(yaml, titleNode, "title", languages) ?? LocalizedText.Empty
            : LocalizedText.Empty;
        var prompt = Require(yaml, root, keys, "prompt") is { } promptNode
            ? Localized.Text(yaml, promptNode, "prompt", languages) ?? LocalizedText.Empty
            : LocalizedText.Empty;

        double points = 0;
        YamlNode? pointsNode = Require(yaml, root, keys, "points");
        if (pointsNode is not null && yaml.Number(pointsNode, "`points`", DiagnosticCodes.BadPoints) is { } p)
        {
            if (p < 0)
            {
                yaml.Error(DiagnosticCodes.BadPoints, pointsNode, $"`points` must be 0 or more, not {p}");
            }
            else
            {
                points = p;
            }
        }

        EntrySignature? entry = null;
        if (keys.TryGetValue("entry", out var entryEntry))
        {
            if (kindKnown && !ExerciseKeys.HasEntry(kind))
            {
                yaml.Error(DiagnosticCodes.KeyNotForKind, entryEntry.Key, $"key `entry` does not apply to kind `{ExerciseKeys.Name(kind)}`", "remove it");
            }
            else
            {
                entry = ReadEntry(yaml, entryEntry.Value, kind, kindKnown);
            }
        }
        else if (kindKnown && ExerciseKeys.HasEntry(kind))
        {
            yaml.Error(
                DiagnosticCodes.MissingField, root, $"a `{ExerciseKeys.Name(kind)}` exercise needs an `entry`",
                $"e.g. `entry: {ExampleEntry(kind)}`");
        }

        var starter = string.Empty;
        if (keys.TryGetValue("starter", out var starterEntry) && yaml.String(starterEntry.Value, "`starter`") is { } starterText)
        {
            starter = starterText;
            if (entry is not null && !Regex.IsMatch(starter, $@"\b{Regex.Escape(entry.Name)}\b", RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                yaml.Warning(
                    DiagnosticCodes.StarterWithoutEntry, starterEntry.Value, $"the starter never mentions `{entry.Name}`",
                    $"start from `{entry} {{ … }}`");
            }
        }

        var grader = CoursePath.Combine("graders", context.ChapterFolder, id);
        var check = CheckReader.Read(yaml, root, keys, kind, kindKnown, entry, context, grader);

        IReadOnlyDictionary<string, IReadOnlyList<string>> hints = new Dictionary<string, IReadOnlyList<string>>();
        if (keys.TryGetValue("hints", out var hintsEntry))
        {
            hints = Localized.Lists(yaml, hintsEntry.Value, "hints", languages) ?? hints;
        }

        var checks = ReadChecks(yaml, keys, entry, check, points, pointsNode, languages);
        var samples = GraderReader.Samples(yaml.Diagnostics, context.Files, grader, check.Reference?.File);
        return new Exercise(
            id, kind, title, prompt, points, entry, starter, check, hints, checks,
            context.ChapterSlug, yaml.Path, new GraderFolder(grader, samples));
    }

    private static YamlNode? Require(YamlFile yaml, YamlMappingNode root, Dictionary<string, (YamlNode Key, YamlNode Value)> keys, string name)
    {
        if (keys.TryGetValue(name, out var entry))
        {
            return entry.Value;
        }

        yaml.Error(DiagnosticCodes.MissingField, root, $"the exercise has no `{name}`", $"add `{name}:`");
        return null;
    }

    private static EntrySignature? ReadEntry(YamlFile yaml, YamlNode node, ExerciseKind kind, bool kindKnown)
    {
        if (yaml.String(node, "`entry`") is not { } text)
        {
            return null;
        }

        var (signature, error) = EntryParser.Parse(text);
        if (error is not null)
        {
            var line = YamlFile.Line(node);
            var column = YamlFile.Column(node);
            if (node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } scalar
                && !text.Contains('\n', StringComparison.Ordinal))
            {
                column += error.Offset + (scalar.Style == ScalarStyle.Plain ? 0 : 1);
            }

            yaml.Diagnostics.Error(
                error.UnsupportedType ? DiagnosticCodes.UnsupportedEntryType : DiagnosticCodes.BadEntry,
                yaml.Path, line, column, $"entry: {error.Message}",
                error.UnsupportedType ? $"supported types: {EntryParser.Supported}" : $"write a C# signature, e.g. `{ExampleEntry(kind)}`");
            return null;
        }

        if (kindKnown && !Fits(signature!, kind))
        {
            yaml.Error(
                DiagnosticCodes.EntryKindMismatch, node, $"entry `{signature}` does not fit kind `{ExerciseKeys.Name(kind)}`",
                $"a {ExerciseKeys.Name(kind)} entry looks like `{ExampleEntry(kind)}`");
        }

        return signature;
    }

    private static bool Fits(EntrySignature entry, ExerciseKind kind) => kind switch
    {
        ExerciseKind.Derivative => entry is { ReturnType: EntryType.Double, Parameters: [{ Type: EntryType.Double }] },
        ExerciseKind.Gradient => entry is { ReturnType: EntryType.DoubleArray, Parameters: [{ Type: EntryType.DoubleArray }] },
        ExerciseKind.Jacobian => entry is { ReturnType: EntryType.DoubleMatrix, Parameters: [{ Type: EntryType.DoubleArray }] },
        ExerciseKind.Plot => entry.ReturnType == EntryType.Plot,
        ExerciseKind.Function => entry.ReturnType != EntryType.Plot,
        _ => false,
    };

    public static string ExampleEntry(ExerciseKind kind) => kind switch
    {
        ExerciseKind.Derivative => "double Derivative(double x)",
        ExerciseKind.Gradient => "double[] Gradient(double[] x)",
        ExerciseKind.Jacobian => "double[,] Jacobian(double[] x)",
        ExerciseKind.Plot => "ScottPlot.Plot Plot()",
        _ => "double[] Apply(double[] x)",
    };

    private static List<ExerciseCheck> ReadChecks(
        YamlFile yaml,
        Dictionary<string, (YamlNode Key, YamlNode Value)> keys,
        EntrySignature? entry,
        CheckSpec check,
        double points,
        YamlNode? pointsNode,
        IReadOnlyList<string> languages)
    {
        var result = new List<ExerciseCheck>();
        if (!keys.TryGetValue("checks", out var checksEntry))
        {
            result.Add(new ExerciseCheck("correct", points, CheckVisibility.Visible, check.Samples, []));
            return result;
        }

        if (yaml.Sequence(checksEntry.Value, "`checks`") is not { } list)
        {
            return result;
        }

        // Names are unique per language: two checks called alike in any of them could not be told apart in its reports.
        var names = new Dictionary<(string Language, string Name), YamlNode>();
        var total = 0.0;
        foreach (var item in list.Children)
        {
            if (yaml.Mapping(item, "each check") is not { } map)
            {
                continue;
            }

            var itemKeys = yaml.Keys(map, "a check", ExerciseKeys.CheckItem);
            string? name = null;
            var localized = LocalizedText.Empty;
            if (itemKeys.TryGetValue("name", out var nameEntry))
            {
                // A plain string or {en: …, zh: …}, like `title`; a course with translations warns about a missing one.
                localized = Localized.Text(yaml, nameEntry.Value, "name", languages) ?? LocalizedText.Empty;
                name = localized.ByLanguage.GetValueOrDefault("en");
                foreach (var (language, text) in localized.ByLanguage)
                {
                    if (!names.TryAdd((language, text), nameEntry.Value))
                    {
                        yaml.Error(
                            DiagnosticCodes.DuplicateCheckName, nameEntry.Value,
                            language == "en" ? $"two checks are named `{text}`" : $"two checks are named `{text}` in `{language}`",
                            $"the other is at line {YamlFile.Line(names[(language, text)])}");
                    }
                }
            }
            else
            {
                yaml.Error(DiagnosticCodes.MissingField, map, "the check has no `name`", "add `name:`");
            }

            var checkPoints = 0.0;
            if (itemKeys.TryGetValue("points", out var pointsEntry))
            {
                if (yaml.Number(pointsEntry.Value, "the check's `points`", DiagnosticCodes.BadPoints) is { } value)
                {
                    if (value < 0)
                    {
                        yaml.Error(DiagnosticCodes.BadPoints, pointsEntry.Value, $"`points` must be 0 or more, not {value}");
                    }
                    else
                    {
                        checkPoints = value;
                    }
                }
            }
            else
            {
                yaml.Error(DiagnosticCodes.MissingField, map, "the check has no `points`", "add `points:`");
            }

            total += checkPoints;
            var visibility = CheckVisibility.Visible;
            if (itemKeys.TryGetValue("visibility", out var visibilityEntry) && yaml.String(visibilityEntry.Value, "`visibility`") is { } v)
            {
                switch (v)
                {
                    case "visible":
                        break;
                    case "hidden":
                        visibility = CheckVisibility.Hidden;
                        break;
                    case "after_due":
                        visibility = CheckVisibility.AfterDue;
                        break;
                    default:
                        var close = Suggestions.Closest(v, ExerciseKeys.Visibilities);
                        yaml.Error(
                            DiagnosticCodes.UnknownVisibility, visibilityEntry.Value, $"unknown visibility `{v}`",
                            close is null ? "use `visible`, `hidden` or `after_due`" : $"did you mean `{close}`?");
                        break;
                }
            }

            var samples = check.Samples;
            if (itemKeys.TryGetValue("samples", out var samplesEntry) && GradingValues.Samples(yaml, samplesEntry.Value, min: 0) is { } s)
            {
                samples = s;
            }

            var cases = itemKeys.TryGetValue("cases", out var casesEntry) ? ReadCases(yaml, casesEntry.Value, entry) : [];
            result.Add(new ExerciseCheck(name ?? string.Empty, checkPoints, visibility, samples, cases)
            {
                Names = nameEntry.Value is YamlMappingNode ? localized : LocalizedText.Empty,
            });
        }

        if (pointsNode is not null && Math.Abs(total - points) > 1e-9)
        {
            yaml.Error(
                DiagnosticCodes.PointsMismatch, pointsNode, $"the checks' points add up to {total}, but the exercise is worth {points}",
                "make `points` the sum of the checks' points");
        }

        return result;
    }

    private static List<IReadOnlyList<string>> ReadCases(YamlFile yaml, YamlNode node, EntrySignature? entry)
    {
        var result = new List<IReadOnlyList<string>>();
        if (yaml.Sequence(node, "`cases`") is not { } list)
        {
            return result;
        }

        var arity = entry?.Parameters.Count ?? 0;
        foreach (var item in list.Children)
        {
            // With one parameter the whole item is its argument (a list for an array); otherwise one value per parameter.
            List<string> arguments = arity != 1 && item is YamlSequenceNode args
                ? args.Children.Select(YamlFile.Describe).ToList()
                : [YamlFile.Describe(item)];
            if (entry is not null && arguments.Count != arity)
            {
                yaml.Error(
                    DiagnosticCodes.CaseArity, item, $"this case gives {arguments.Count} argument(s), but `{entry.Name}` takes {arity}",
                    "write each case as a list with one value per parameter");
            }

            result.Add(arguments);
        }

        return result;
    }

    private static string ToKebab(string id) =>
        string.Join('-', NonWord().Split(CamelBoundary().Replace(id, "$1-$2").ToLowerInvariant()).Where(s => s.Length > 0));

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex KebabCase();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex CamelBoundary();
}
