using CourseKit.Content.Diagnostics;
using CourseKit.Content.Model;
using CourseKit.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace CourseKit.Content.Loading;

/// <summary>Reads <c>check.inputs</c>: for each entry parameter, how the grader draws its values.</summary>
internal static class InputDomainReader
{
    private const double DefaultMin = -1;
    private const double DefaultMax = 1;

    /// <summary>Arrays must say their shape and strings their values; scalars default to uniform [-1, 1].</summary>
    public static bool NeedsDomain(EntryType type) => type is EntryType.DoubleArray or EntryType.DoubleMatrix or EntryType.String;

    /// <summary>The domain a parameter gets when <c>inputs</c> does not mention it: uniform [-1, 1], smooth functions.</summary>
    public static InputDomain Default(EntryParameter parameter) =>
        new(parameter.Name, DefaultMin, DefaultMax, [], [], false, [], parameter.Type == EntryType.Function ? "smooth" : null);

    public static string Example(EntryType type) => type switch
    {
        EntryType.DoubleArray => "{uniform: [-2, 2], shape: [3]}",
        EntryType.DoubleMatrix => "{uniform: [-2, 2], shape: [3, 2]}",
        EntryType.String => "{values: [a, b]}",
        EntryType.Function => "{family: smooth}",
        _ => "{uniform: [-2, 2]}",
    };

    public static Dictionary<string, InputDomain> Read(
        YamlFile yaml, YamlNode node, EntrySignature? entry, IReadOnlyDictionary<string, (int Min, int Max)> dims)
    {
        var result = new Dictionary<string, InputDomain>(StringComparer.Ordinal);
        if (yaml.Mapping(node, "`inputs`") is not { } map)
        {
            return result;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            if (yaml.String(keyNode, "a parameter name") is not { } name)
            {
                continue;
            }

            var parameter = entry?.Parameters.FirstOrDefault(p => p.Name == name);
            if (entry is not null && parameter is null)
            {
                var close = Suggestions.Closest(name, entry.Parameters.Select(p => p.Name));
                yaml.Error(
                    DiagnosticCodes.BadInputDomain, keyNode, $"`{entry.Name}` has no parameter `{name}`",
                    close is null ? $"its parameters are: {string.Join(", ", entry.Parameters.Select(p => p.Name))}" : $"did you mean `{close}`?");
                continue;
            }

            if (ReadDomain(yaml, name, value, parameter?.Type, dims) is { } domain)
            {
                result[name] = domain;
            }
        }

        return result;
    }

    private static InputDomain? ReadDomain(
        YamlFile yaml, string name, YamlNode node, EntryType? type, IReadOnlyDictionary<string, (int Min, int Max)> dims)
    {
        if (yaml.Mapping(node, $"the domain of `{name}`") is not { } map)
        {
            return null;
        }

        var keys = yaml.Keys(map, $"the domain of `{name}`", ExerciseKeys.Domain);
        double min = DefaultMin, max = DefaultMax;
        if (keys.TryGetValue("uniform", out var uniform) && Interval(yaml, uniform.Value, "`uniform`") is { } interval)
        {
            (min, max) = interval;
        }

        if (keys.TryGetValue("positive", out var positive) && yaml.Bool(positive.Value, "`positive`") == true)
        {
            min = Math.Max(min, 0);
            if (!keys.ContainsKey("uniform"))
            {
                max = Math.Max(max, 2);
            }

            if (max <= min)
            {
                yaml.Error(DiagnosticCodes.BadInputDomain, positive.Value, $"`positive` leaves no values in [{min}, {max}]", "widen `uniform`");
            }
        }

        var shape = new List<ShapeDimension>();
        if (keys.TryGetValue("shape", out var shapeEntry))
        {
            shape = ReadShape(yaml, shapeEntry.Value, dims);
            var expected = type switch { EntryType.DoubleArray => 1, EntryType.DoubleMatrix => 2, null => shape.Count, _ => 0 };
            if (shape.Count != expected)
            {
                yaml.Error(
                    DiagnosticCodes.BadInputDomain, shapeEntry.Value,
                    expected == 0 ? $"`{name}` is not an array and takes no `shape`" : $"`{name}` needs a shape with {expected} dimension(s), not {shape.Count}",
                    expected == 2 ? "write `shape: [rows, cols]`" : expected == 1 ? "write `shape: [n]`" : "remove `shape`");
            }
        }
        else if (type is EntryType.DoubleArray or EntryType.DoubleMatrix)
        {
            yaml.Error(DiagnosticCodes.BadInputDomain, map, $"`{name}` is an array and needs a `shape`", $"e.g. `{Example(type.Value)}`");
        }

        var exclude = new List<double>();
        if (keys.TryGetValue("exclude", out var excludeEntry))
        {
            var items = excludeEntry.Value is YamlSequenceNode seq ? seq.Children.ToList() : [excludeEntry.Value];
            foreach (var item in items)
            {
                if (yaml.Number(item, "each excluded value", DiagnosticCodes.BadInputDomain) is { } value)
                {
                    exclude.Add(value);
                }
            }
        }

        var nonZero = keys.TryGetValue("nonzero", out var nonZeroEntry) && yaml.Bool(nonZeroEntry.Value, "`nonzero`") == true;

        var values = new List<string>();
        if (keys.TryGetValue("values", out var valuesEntry) && yaml.Sequence(valuesEntry.Value, "`values`") is { } valueList)
        {
            foreach (var item in valueList.Children)
            {
                values.Add(YamlFile.Describe(item));
            }

            if (values.Count == 0)
            {
                yaml.Error(DiagnosticCodes.BadInputDomain, valuesEntry.Value, "`values` is empty");
            }
        }
        else if (type == EntryType.String)
        {
            yaml.Error(DiagnosticCodes.BadInputDomain, map, $"`{name}` is a string and needs `values`", "e.g. `values: [a, b]`");
        }

        string? family = null;
        if (keys.TryGetValue("family", out var familyEntry) && yaml.String(familyEntry.Value, "`family`") is { } f)
        {
            if (type is not null and not EntryType.Function)
            {
                yaml.Error(DiagnosticCodes.BadInputDomain, familyEntry.Value, $"`family` is only for Func<double, double> parameters");
            }
            else if (!ExerciseKeys.Families.Contains(f))
            {
                var close = Suggestions.Closest(f, ExerciseKeys.Families);
                yaml.Error(
                    DiagnosticCodes.BadInputDomain, familyEntry.Value, $"unknown function family `{f}`",
                    close is null ? $"families are: {string.Join(", ", ExerciseKeys.Families)}" : $"did you mean `{close}`?");
            }
            else
            {
                family = f;
            }
        }
        else if (type == EntryType.Function)
        {
            family = "smooth";
        }

        return new InputDomain(name, min, max, shape, exclude, nonZero, values, family);
    }

    private static List<ShapeDimension> ReadShape(YamlFile yaml, YamlNode node, IReadOnlyDictionary<string, (int Min, int Max)> dims)
    {
        var result = new List<ShapeDimension>();
        if (yaml.Sequence(node, "`shape`") is not { } list)
        {
            return result;
        }

        foreach (var item in list.Children)
        {
            if (item is YamlScalarNode { Value: { } text } && !int.TryParse(text, out _) && !YamlFile.TryNumber(text, out _))
            {
                if (dims.TryGetValue(text, out var named))
                {
                    result.Add(new ShapeDimension(named.Min, named.Max, text));
                }
                else
                {
                    var close = Suggestions.Closest(text, dims.Keys);
                    yaml.Error(
                        DiagnosticCodes.BadInputDomain, item, $"dimension `{text}` is not defined in `dims`",
                        close is null ? $"add `dims: {{{text}: [1, 5]}}` to the check" : $"did you mean `{close}`?");
                    result.Add(new ShapeDimension(1, 1, text));
                }

                continue;
            }

            var range = Range(yaml, item, "each dimension") ?? (1, 1);
            result.Add(new ShapeDimension(range.Min, range.Max, null));
        }

        return result;
    }

    /// <summary>A size: a whole number ≥ 1, or <c>[min, max]</c> drawn inclusively.</summary>
    public static (int Min, int Max)? Range(YamlFile yaml, YamlNode node, string what)
    {
        if (node is YamlScalarNode)
        {
            var size = yaml.Integer(node, what, DiagnosticCodes.BadInputDomain);
            if (size is < 1 or > 100_000)
            {
                yaml.Error(DiagnosticCodes.BadInputDomain, node, $"{what} must be between 1 and 100000, not {size}");
                return null;
            }

            return size is { } s ? (s, s) : null;
        }

        if (node is YamlSequenceNode { Children.Count: 2 } pair
            && yaml.Integer(pair.Children[0], what, DiagnosticCodes.BadInputDomain) is { } min
            && yaml.Integer(pair.Children[1], what, DiagnosticCodes.BadInputDomain) is { } max)
        {
            if (min < 1 || max < min || max > 100_000)
            {
                yaml.Error(DiagnosticCodes.BadInputDomain, node, $"{what} must be [min, max] with 1 ≤ min ≤ max ≤ 100000, not [{min}, {max}]");
                return null;
            }

            return (min, max);
        }

        if (node is not YamlSequenceNode { Children.Count: 2 })
        {
            yaml.Error(DiagnosticCodes.BadInputDomain, node, $"{what} must be a size such as `3` or a range such as `[1, 6]`");
        }

        return null;
    }

    private static (double Min, double Max)? Interval(YamlFile yaml, YamlNode node, string what)
    {
        if (node is not YamlSequenceNode { Children.Count: 2 } pair)
        {
            yaml.Error(DiagnosticCodes.BadInputDomain, node, $"{what} must be `[low, high]`", "e.g. `uniform: [-2, 2]`");
            return null;
        }

        var low = yaml.Number(pair.Children[0], $"the low end of {what}", DiagnosticCodes.BadInputDomain);
        var high = yaml.Number(pair.Children[1], $"the high end of {what}", DiagnosticCodes.BadInputDomain);
        if (low is null || high is null)
        {
            return null;
        }

        if (!(low < high))
        {
            yaml.Error(DiagnosticCodes.BadInputDomain, node, $"{what} is empty: {low} is not below {high}", "write `[low, high]` with low < high");
            return null;
        }

        return (low.Value, high.Value);
    }
}
