using System.Text.RegularExpressions;
using CourseKit.Content.Diagnostics;
using CourseKit.Content.FileSystem;
using CourseKit.Content.Model;
using CourseKit.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace CourseKit.Content.Loading;

/// <summary>Reads an exercise's <c>check:</c> mapping, with the course's grading defaults filling what it leaves out.</summary>
internal static partial class CheckReader
{
    /// <summary>The value of <c>inputs</c> that hands drawing to the reference's <c>Draw</c> method.</summary>
    private const string DrawnInputs = "drawn";

    public static CheckSpec Read(
        YamlFile yaml,
        YamlMappingNode root,
        Dictionary<string, (YamlNode Key, YamlNode Value)> exerciseKeys,
        ExerciseKind kind,
        bool kindKnown,
        EntrySignature? entry,
        ExerciseContext context,
        string graderFolder)
    {
        var defaults = context.Defaults;
        var spec = new CheckSpec(
            null, new Dictionary<string, InputDomain>(), defaults.Samples, defaults.Rtol, defaults.Atol, [], defaults.TimeLimit,
            [], [], null, null, null);
        var kindName = ExerciseKeys.Name(kind);
        if (!exerciseKeys.TryGetValue("check", out var checkEntry))
        {
            if (kindKnown && kind != ExerciseKind.Manual)
            {
                yaml.Error(DiagnosticCodes.MissingField, root, $"a `{kindName}` exercise needs a `check`", "see docs/AUTHORING.md, section `check`");
            }

            return spec;
        }

        // Which check keys are valid depends on the kind; with an unknown kind, checking them would only add noise.
        if (yaml.Mapping(checkEntry.Value, "`check`") is not { } map || !kindKnown)
        {
            return spec;
        }

        var keys = yaml.Keys(map, "check", ExerciseKeys.CheckKeys(kind), ExerciseKeys.Aliases, ExerciseKeys.OtherKindKeys(kind), kindName);

        var limits = GradingValues.Read(yaml, keys, defaults);
        spec = spec with { Samples = limits.Samples, Rtol = limits.Rtol, Atol = limits.Atol, TimeLimit = limits.TimeLimit };

        if (keys.TryGetValue("forbid", out var forbid))
        {
            spec = spec with { Forbid = ReadForbid(yaml, forbid.Value) };
        }

        if (keys.TryGetValue("reference", out var reference))
        {
            spec = spec with { Reference = ReadReference(yaml, reference.Value, context.Files, graderFolder) };
        }
        else if (ExerciseKeys.HasEntry(kind))
        {
            yaml.Error(DiagnosticCodes.MissingField, map, $"the check of a `{kindName}` exercise needs a `reference`", "add `reference: |` with C# code");
        }

        var dims = keys.TryGetValue("dims", out var dimsEntry) ? ReadDims(yaml, dimsEntry.Value) : [];
        if (keys.TryGetValue("inputs", out var inputs))
        {
            if (inputs.Value is YamlScalarNode { Value: DrawnInputs })
            {
                if (kind != ExerciseKind.Function)
                {
                    yaml.Error(
                        DiagnosticCodes.BadInputDomain, inputs.Value, $"`inputs: {DrawnInputs}` is for `function` exercises, not `{kindName}`",
                        "give each parameter a domain, e.g. `inputs: {x: {uniform: [-2, 2]}}`");
                }

                spec = spec with { InputsDrawn = true };
            }
            else
            {
                spec = spec with { Inputs = InputDomainReader.Read(yaml, inputs.Value, entry, dims) };
            }
        }

        if (entry is not null && !spec.InputsDrawn)
        {
            var domains = new Dictionary<string, InputDomain>(spec.Inputs, StringComparer.Ordinal);
            foreach (var parameter in entry.Parameters)
            {
                if (domains.ContainsKey(parameter.Name))
                {
                    continue;
                }

                if (InputDomainReader.NeedsDomain(parameter.Type))
                {
                    yaml.Error(
                        DiagnosticCodes.BadInputDomain, keys.ContainsKey("inputs") ? inputs.Value : map, $"parameter `{parameter.Name}` has no input domain",
                        $"add `inputs: {{{parameter.Name}: {InputDomainReader.Example(parameter.Type)}}}`");
                }
                else
                {
                    // Scalars and functions have a sensible default, so the grader never has to guess.
                    domains[parameter.Name] = InputDomainReader.Default(parameter);
                }
            }

            spec = spec with { Inputs = domains };
        }

        switch (kind)
        {
            case ExerciseKind.Choice:
                spec = ChoiceReader.Read(yaml, map, keys, context.Languages, spec);
                break;
            case ExerciseKind.Numeric:
                spec = ReadNumeric(yaml, map, keys, spec, defaults);
                break;
            case ExerciseKind.Plot when keys.TryGetValue("plot", out var plot):
                spec = spec with { Plot = ReadPlot(yaml, plot.Value) };
                break;
        }

        return spec;
    }

    private static List<string> ReadForbid(YamlFile yaml, YamlNode node)
    {
        var result = new List<string>();
        var items = node is YamlScalarNode ? [node] : yaml.Sequence(node, "`forbid`")?.Children.ToList() ?? [];
        foreach (var item in items)
        {
            if (yaml.String(item, "each forbidden identifier") is not { } name)
            {
                continue;
            }

            if (!Identifier().IsMatch(name))
            {
                yaml.Error(
                    DiagnosticCodes.BadForbiddenIdentifier, item, $"`{name}` is not a C# identifier",
                    "list names such as `Cos` or `System.Math.Cos`");
                continue;
            }

            result.Add(name);
        }

        return result;
    }

    private static ReferenceSource? ReadReference(YamlFile yaml, YamlNode node, ICourseFileSystem files, string graderFolder)
    {
        if (node is YamlScalarNode)
        {
            return yaml.String(node, "`reference`") is { } code ? new ReferenceSource(code, null, YamlFile.Line(node)) : null;
        }

        if (yaml.Mapping(node, "`reference`") is not { } map)
        {
            return null;
        }

        var keys = yaml.Keys(map, "reference", ["file"]);
        if (!keys.TryGetValue("file", out var fileEntry))
        {
            yaml.Error(DiagnosticCodes.MissingField, map, "`reference` is neither C# text nor `{file: …}`", "write `reference: {file: reference.csx}`");
            return null;
        }

        if (yaml.String(fileEntry.Value, "`reference.file`") is not { } name)
        {
            return null;
        }

        if (name.Contains("..", StringComparison.Ordinal) || name.StartsWith('/') || name.Contains('\\', StringComparison.Ordinal))
        {
            yaml.Error(DiagnosticCodes.ReferenceFileMissing, fileEntry.Value, $"reference file `{name}` must stay inside `{graderFolder}/`", "give a plain file name such as `reference.csx`");
            return null;
        }

        var path = CoursePath.Combine(graderFolder, name);
        if (!files.FileExists(path))
        {
            yaml.Error(DiagnosticCodes.ReferenceFileMissing, fileEntry.Value, $"reference file `{path}` does not exist", $"create it, or fix the name");
        }

        return new ReferenceSource(null, path, YamlFile.Line(node));
    }

    private static Dictionary<string, (int Min, int Max)> ReadDims(YamlFile yaml, YamlNode node)
    {
        var result = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        if (yaml.Mapping(node, "`dims`") is not { } map)
        {
            return result;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            if (yaml.String(keyNode, "a dimension name") is not { } name)
            {
                continue;
            }

            if (InputDomainReader.Range(yaml, value, $"dimension `{name}`") is { } range)
            {
                result[name] = range;
            }
        }

        return result;
    }

    private static CheckSpec ReadNumeric(
        YamlFile yaml, YamlMappingNode map, Dictionary<string, (YamlNode Key, YamlNode Value)> keys, CheckSpec spec, GradingDefaults defaults)
    {
        if (!keys.TryGetValue("answer", out var answer))
        {
            yaml.Error(DiagnosticCodes.MissingField, map, "a `numeric` check needs an `answer`", "add `answer: 4.0`");
            return spec;
        }

        if (yaml.Number(answer.Value, "`answer`") is not { } value)
        {
            return spec;
        }

        var tolerance = defaults.Rtol * Math.Max(1, Math.Abs(value));
        if (keys.TryGetValue("tolerance", out var toleranceEntry) && GradingValues.Tolerance(yaml, toleranceEntry.Value, "tolerance") is { } t)
        {
            tolerance = t;
        }

        return spec with { Answer = value, Tolerance = tolerance };
    }

    private static PlotExpectations? ReadPlot(YamlFile yaml, YamlNode node)
    {
        if (yaml.Mapping(node, "`plot`") is not { } map)
        {
            return null;
        }

        var keys = yaml.Keys(map, "plot", ExerciseKeys.Plot);
        double? tangent = keys.TryGetValue("tangent_at", out var tangentEntry) ? yaml.Number(tangentEntry.Value, "`tangent_at`") : null;
        double? contains = keys.TryGetValue("x_contains", out var containsEntry) ? yaml.Number(containsEntry.Value, "`x_contains`") : null;
        var require = new List<string>();
        if (keys.TryGetValue("require", out var requireEntry) && yaml.Sequence(requireEntry.Value, "`require`") is { } list)
        {
            foreach (var item in list.Children)
            {
                if (yaml.String(item, "each requirement") is not { } word)
                {
                    continue;
                }

                if (ExerciseKeys.PlotRequirements.Contains(word))
                {
                    require.Add(word);
                }
                else
                {
                    var close = Suggestions.Closest(word, ExerciseKeys.PlotRequirements);
                    yaml.Error(
                        DiagnosticCodes.UnknownKey, item, $"unknown plot requirement `{word}`",
                        close is null ? $"use {string.Join(", ", ExerciseKeys.PlotRequirements)}" : $"did you mean `{close}`?");
                }
            }
        }

        return new PlotExpectations(tangent, contains, require);
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial Regex Identifier();
}
