using System.Globalization;
using CourseKit.Content.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CourseKit.Content.Yaml;

/// <summary>
/// Reads one YAML file into YamlDotNet's representation model, keeping every node's position, and offers typed
/// accessors that report a diagnostic at the node instead of throwing.
/// </summary>
internal sealed class YamlFile(string path, DiagnosticBag diagnostics)
{
    public string Path { get; } = path;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Parses the text; returns the root mapping, or null after reporting why there is none.</summary>
    public YamlMappingNode? Parse(string text)
    {
        var stream = new YamlStream();
        try
        {
            if (!WithinDepth(text))
            {
                return null;
            }

            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            Diagnostics.Error(DiagnosticCodes.YamlSyntax, Path, (int)e.Start.Line, (int)e.Start.Column, $"YAML: {Clean(e.Message)}");
            return null;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            Diagnostics.Error(DiagnosticCodes.YamlSyntax, Path, 1, 1, $"YAML: {Clean(e.Message)}");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            Diagnostics.Error(DiagnosticCodes.MissingField, Path, 1, 1, "the file is empty");
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Error(DiagnosticCodes.WrongType, stream.Documents[0].RootNode, "the file must be a mapping of `key: value` lines");
            return null;
        }

        return root;
    }

    /// <summary>Deeper nesting than any course needs; YamlDotNet builds nodes recursively and would overflow the stack.</summary>
    private const int MaxDepth = 64;

    /// <summary>
    /// Walks the event stream (which YamlDotNet parses iteratively) and refuses documents nested deeper than
    /// <see cref="MaxDepth"/>, since a stack overflow cannot be caught and would end the whole process.
    /// </summary>
    private bool WithinDepth(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart:
                    if (++depth > MaxDepth)
                    {
                        var at = parser.Current.Start;
                        Diagnostics.Error(
                            DiagnosticCodes.YamlSyntax, Path, (int)at.Line, (int)at.Column,
                            $"YAML: nested more than {MaxDepth} levels deep", "flatten the structure");
                        return false;
                    }

                    break;
                case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                    depth--;
                    break;
            }
        }

        return true;
    }

    public void Error(string code, YamlNode at, string message, string? fix = null) =>
        Diagnostics.Error(code, Path, Line(at), Column(at), message, fix);

    public void Warning(string code, YamlNode at, string message, string? fix = null) =>
        Diagnostics.Warning(code, Path, Line(at), Column(at), message, fix);

    public void Info(string code, YamlNode at, string message, string? fix = null) =>
        Diagnostics.Info(code, Path, Line(at), Column(at), message, fix);

    public static int Line(YamlNode node) => (int)Math.Max(1, node.Start.Line);

    public static int Column(YamlNode node) => (int)Math.Max(1, node.Start.Column);

    /// <summary>
    /// The keys of a mapping, reporting unknown keys (with "did you mean") and keys that belong to another kind.
    /// Duplicate keys never reach here: YamlDotNet rejects them as a syntax error.
    /// </summary>
    public Dictionary<string, (YamlNode Key, YamlNode Value)> Keys(
        YamlMappingNode map,
        string context,
        IReadOnlyCollection<string> allowed,
        IReadOnlyDictionary<string, string>? aliases = null,
        IReadOnlyCollection<string>? otherKindKeys = null,
        string? kindName = null)
    {
        var result = new Dictionary<string, (YamlNode, YamlNode)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                Error(DiagnosticCodes.WrongType, keyNode, $"keys in {context} must be plain words");
                continue;
            }

            if (allowed.Contains(key))
            {
                result[key] = (keyNode, value);
            }
            else if (otherKindKeys is not null && otherKindKeys.Contains(key))
            {
                Error(DiagnosticCodes.KeyNotForKind, keyNode, $"key `{key}` does not apply to kind `{kindName}`", "remove it");
            }
            else
            {
                var suggestion = aliases is not null && aliases.TryGetValue(key, out var alias) && allowed.Contains(alias)
                    ? alias
                    : Suggestions.Closest(key, allowed);
                Error(
                    DiagnosticCodes.UnknownKey, keyNode, $"unknown key `{key}` in {context}",
                    suggestion is null ? $"known keys: {string.Join(", ", allowed)}" : $"did you mean `{suggestion}`?");
            }
        }

        return result;
    }

    public string? String(YamlNode node, string what)
    {
        if (node is YamlScalarNode scalar && !IsNull(scalar))
        {
            return scalar.Value ?? string.Empty;
        }

        Error(DiagnosticCodes.WrongType, node, $"{what} must be text");
        return null;
    }

    public double? Number(YamlNode node, string what, string code = DiagnosticCodes.WrongType)
    {
        if (node is YamlScalarNode { Value: { } text } && TryNumber(text, out var value))
        {
            return value;
        }

        Error(code, node, $"{what} must be a number, not `{Describe(node)}`");
        return null;
    }

    public int? Integer(YamlNode node, string what, string code = DiagnosticCodes.WrongType)
    {
        if (node is YamlScalarNode { Value: { } text }
            && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(code, node, $"{what} must be a whole number, not `{Describe(node)}`");
        return null;
    }

    public bool? Bool(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } text })
        {
            switch (text)
            {
                case "true" or "True" or "yes":
                    return true;
                case "false" or "False" or "no":
                    return false;
            }
        }

        Error(DiagnosticCodes.WrongType, node, $"{what} must be true or false");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode node, string what)
    {
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        Error(DiagnosticCodes.WrongType, node, $"{what} must be a list");
        return null;
    }

    public YamlMappingNode? Mapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Error(DiagnosticCodes.WrongType, node, $"{what} must be a mapping of `key: value` lines");
        return null;
    }

    public static bool TryNumber(string text, out double value)
    {
        switch (text)
        {
            case ".inf" or ".Inf" or "+.inf":
                value = double.PositiveInfinity;
                return true;
            case "-.inf" or "-.Inf":
                value = double.NegativeInfinity;
                return true;
            case ".nan" or ".NaN":
                value = double.NaN;
                return true;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null";

    /// <summary>A compact text form of a node, for messages and for fixed cases stored as text.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value ?? string.Empty,
        YamlSequenceNode seq => "[" + string.Join(", ", seq.Children.Take(50).Select(Describe)) + "]",
        YamlMappingNode => "{…}",
        _ => "?",
    };

    private static string Clean(string message) => message.Replace('\r', ' ').Replace('\n', ' ').Trim();
}
