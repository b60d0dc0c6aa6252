using System.Globalization;
using CourseKit.Content.Diagnostics;
using CourseKit.Content.Model;
using CourseKit.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace CourseKit.Content.Loading;

/// <summary>Validates the grading numbers shared by course.yml defaults and exercise checks.</summary>
internal static class GradingValues
{
    public const int MaxSamples = 10_000;
    private static readonly TimeSpan MaxTimeLimit = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Reads <c>rtol</c>, <c>atol</c>, <c>samples</c> and <c>time_limit</c> from already-checked keys over
    /// <paramref name="fallback"/>, so course.yml's <c>grading</c> and an exercise's <c>check</c> agree on them.
    /// </summary>
    public static GradingDefaults Read(YamlFile yaml, Dictionary<string, (YamlNode Key, YamlNode Value)> keys, GradingDefaults fallback)
    {
        var result = fallback;
        if (keys.TryGetValue("rtol", out var rtol) && Rtol(yaml, rtol.Value) is { } r)
        {
            result = result with { Rtol = r };
        }

        if (keys.TryGetValue("atol", out var atol) && Tolerance(yaml, atol.Value, "atol") is { } a)
        {
            result = result with { Atol = a };
        }

        if (keys.TryGetValue("samples", out var samples) && Samples(yaml, samples.Value) is { } s)
        {
            result = result with { Samples = s };
        }

        if (keys.TryGetValue("time_limit", out var limit) && TimeLimit(yaml, limit.Value) is { } t)
        {
            result = result with { TimeLimit = t };
        }

        return result;
    }

    public static double? Rtol(YamlFile yaml, YamlNode node)
    {
        var value = yaml.Number(node, "`rtol`", DiagnosticCodes.BadTolerance);
        if (value is { } v && (!(v >= 0) || v >= 1))
        {
            yaml.Error(DiagnosticCodes.BadTolerance, node, $"`rtol` must be at least 0 and below 1, not {Format(v)}", "a typical value is 1e-6");
            return null;
        }

        return value;
    }

    public static double? Tolerance(YamlFile yaml, YamlNode node, string name)
    {
        var value = yaml.Number(node, $"`{name}`", DiagnosticCodes.BadTolerance);
        if (value is { } v && !(v >= 0))
        {
            yaml.Error(DiagnosticCodes.BadTolerance, node, $"`{name}` must be at least 0, not {Format(v)}");
            return null;
        }

        return value;
    }

    public static int? Samples(YamlFile yaml, YamlNode node, int min = 1)
    {
        var value = yaml.Integer(node, "`samples`", DiagnosticCodes.BadSamples);
        if (value is { } v && (v < min || v > MaxSamples))
        {
            yaml.Error(DiagnosticCodes.BadSamples, node, $"`samples` must be between {min} and {MaxSamples}, not {v}");
            return null;
        }

        return value;
    }

    /// <summary>A duration such as <c>2s</c>, <c>500ms</c>, <c>1.5s</c> or a bare number of seconds; <paramref name="key"/> names it in the error.</summary>
    public static TimeSpan? TimeLimit(YamlFile yaml, YamlNode node, string key = "time_limit")
    {
        if (node is YamlScalarNode { Value: { } text })
        {
            var (number, scale) = text.EndsWith("ms", StringComparison.Ordinal) ? (text[..^2], 0.001)
                : text.EndsWith('s') ? (text[..^1], 1.0)
                : (text, 1.0);
            if (double.TryParse(number.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && value * scale > 0 && value * scale <= MaxTimeLimit.TotalSeconds)
            {
                return TimeSpan.FromSeconds(value * scale);
            }
        }

        yaml.Error(
            DiagnosticCodes.BadTimeLimit, node, $"`{key}` must be a duration up to 10 minutes, not `{YamlFile.Describe(node)}`",
            "write e.g. `2s` or `500ms`");
        return null;
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
