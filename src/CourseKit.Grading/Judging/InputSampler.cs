using System.Globalization;
using System.Text.Json;
using CourseKit.Content.Model;
using CourseKit.Grading.Worker.Protocol;

namespace CourseKit.Grading.Judging;

/// <summary>
/// Draws an exercise's inputs from its <c>check.inputs</c> domains, reproducibly from a seed, and parses its fixed
/// cases. Values are plain doubles and arrays, fresh for every call, so nothing a learner mutates leaks back.
/// </summary>
public static class InputSampler
{
    /// <summary>How far drawn values stay from each excluded point.</summary>
    public const double ExclusionRadius = 1e-3;

    /// <summary>
    /// Draws <paramref name="count"/> argument lists in the entry's parameter order. Sizes named in <c>dims</c> are
    /// drawn once per argument list and shared by every parameter that names them.
    /// </summary>
    /// <exception cref="NotSupportedException">A parameter type with no drawable domain (functions, for now).</exception>
    public static IReadOnlyList<object[]> Draw(EntrySignature entry, IReadOnlyDictionary<string, InputDomain> inputs, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(inputs);
        var random = new Random(seed);
        var draws = new List<object[]>(count);
        for (var i = 0; i < count; i++)
        {
            var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
            double[]? invertible = null;
            var arguments = new object[entry.Parameters.Count];
            for (var p = 0; p < arguments.Length; p++)
            {
                var parameter = entry.Parameters[p];
                var domain = inputs.TryGetValue(parameter.Name, out var d) ? d : DefaultDomain(parameter);
                arguments[p] = parameter.Type == EntryType.Function
                    ? DrawFunction(domain, random, ref invertible)
                    : DrawOne(parameter.Type, domain, random, sizes);
            }

            draws.Add(arguments);
        }

        return draws;
    }

    /// <summary>
    /// Parses one fixed case (<c>cases:</c>, each argument as YAML flow text such as <c>[1, 2]</c> or <c>3</c>) into
    /// argument values; returns an error message instead when it does not fit the entry.
    /// </summary>
    public static (object[]? Arguments, string? Error) ParseCase(EntrySignature entry, IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count != entry.Parameters.Count)
        {
            return (null, $"the case has {texts.Count} value(s) but `{entry.Text}` takes {entry.Parameters.Count}");
        }

        var arguments = new object[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            var parameter = entry.Parameters[i];
            try
            {
                using var json = JsonDocument.Parse(texts[i]);
                arguments[i] = FromJson(parameter.Type, json.RootElement);
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
            {
                return (null, $"`{texts[i]}` is not a valid {EntrySignature.CSharpName(parameter.Type)} for `{parameter.Name}`");
            }
        }

        return (arguments, null);
    }

    /// <summary>Renders argument values for a report line, e.g. <c>x = [0.5, -1.25]</c>.</summary>
    public static string Describe(EntrySignature entry, object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(arguments);
        return string.Join(", ", entry.Parameters.Select((p, i) => $"{p.Name} = {Format(arguments[i])}"));
    }

    /// <summary>Formats a drawn or returned value the way reports show it (shortest round-trip doubles).</summary>
    public static string Format(object? value) => value switch
    {
        double d => Number(d),
        int n => n.ToString(CultureInfo.InvariantCulture),
        double[] a => $"[{string.Join(", ", a.Select(Number))}]",
        double[,] m => $"[{string.Join(", ", Enumerable.Range(0, m.GetLength(0)).Select(r => Format(Enumerable.Range(0, m.GetLength(1)).Select(c => m[r, c]).ToArray())))}]",
        string s => $"\"{s}\"",
        FunctionInput f => f.ToString(),
        null => "null",
        _ => value.GetType().Name,
    };

    /// <summary>
    /// A number as a learner reads it: ten significant digits, enough to show any difference the tolerances care about,
    /// without the binary noise of a round-trip format (0.6000000000000001).
    /// </summary>
    private static string Number(double value) => value.ToString("G10", CultureInfo.InvariantCulture);

    private static InputDomain DefaultDomain(EntryParameter parameter) =>
        new(parameter.Name, -1, 1, parameter.Type switch
        {
            EntryType.DoubleArray => [new ShapeDimension(3, 3, null)],
            EntryType.DoubleMatrix => [new ShapeDimension(3, 3, null), new ShapeDimension(2, 2, null)],
            _ => [],
        }, [], false, [], null);

    private static object DrawOne(EntryType type, InputDomain domain, Random random, Dictionary<string, int> sizes)
    {
        switch (type)
        {
            case EntryType.Double:
                return domain.Values.Count > 0 ? ParseNumber(domain.Values[random.Next(domain.Values.Count)]) : Scalar(domain, random);
            case EntryType.Int:
                return domain.Values.Count > 0
                    ? (int)ParseNumber(domain.Values[random.Next(domain.Values.Count)])
                    : random.Next((int)Math.Ceiling(domain.Min), (int)Math.Floor(domain.Max) + 1);
            case EntryType.String:
                return domain.Values.Count > 0 ? domain.Values[random.Next(domain.Values.Count)] : "";
            case EntryType.DoubleArray:
                {
                    var n = Size(domain.Shape[0], random, sizes);
                    return Vector(domain, n, random);
                }

            case EntryType.DoubleMatrix:
                {
                    var rows = Size(domain.Shape[0], random, sizes);
                    var cols = Size(domain.Shape[1], random, sizes);
                    var flat = Vector(domain, rows * cols, random);
                    var matrix = new double[rows, cols];
                    Buffer.BlockCopy(flat, 0, matrix, 0, flat.Length * sizeof(double));
                    return matrix;
                }

            default:
                throw new NotSupportedException(
                    $"Inputs of type {EntrySignature.CSharpName(type)} (parameter `{domain.Parameter}`) cannot be drawn yet; give the check fixed `cases` instead.");
        }
    }

    private static FunctionInput DrawFunction(InputDomain domain, Random random, ref double[]? invertible)
    {
        var (family, role) = domain.Family switch
        {
            "polynomial" => (FunctionFamily.Polynomial, FunctionFamily.RoleFunction),
            "invertible" => (FunctionFamily.Invertible, FunctionFamily.RoleFunction),
            "invertible.derivative" => (FunctionFamily.Invertible, FunctionFamily.RoleDerivative),
            "invertible.inverse" => (FunctionFamily.Invertible, FunctionFamily.RoleInverse),
            _ => (FunctionFamily.Smooth, FunctionFamily.RoleFunction),
        };
        return new FunctionInput(FunctionFamily.Draw(family, role, random, ref invertible));
    }

    private static int Size(ShapeDimension dimension, Random random, Dictionary<string, int> sizes)
    {
        if (dimension.Name is { } name && sizes.TryGetValue(name, out var shared))
        {
            return shared;
        }

        var size = random.Next(dimension.Min, dimension.Max + 1);
        if (dimension.Name is { } newName)
        {
            sizes[newName] = size;
        }

        return size;
    }

    private static double[] Vector(InputDomain domain, int length, Random random)
    {
        var vector = new double[length];
        for (var attempt = 0; ; attempt++)
        {
            for (var i = 0; i < length; i++)
            {
                vector[i] = Scalar(domain, random);
            }

            // A vector that is nearly zero makes ‖x‖ and its gradient ill-conditioned; redraw (bounded).
            if (!domain.NonZero || length == 0 || attempt > 100 || vector.Sum(v => v * v) > ExclusionRadius * ExclusionRadius)
            {
                return vector;
            }
        }
    }

    private static double Scalar(InputDomain domain, Random random)
    {
        var value = 0.0;
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            value = Readable(domain.Min + (domain.Max - domain.Min) * random.NextDouble());
            if (value >= domain.Min && value <= domain.Max && !domain.Exclude.Any(e => Math.Abs(value - e) < ExclusionRadius))
            {
                return value;
            }
        }

        return value;
    }

    // Four significant digits: a report that says "at x = 1.956" teaches more than "at x = 1.9559055771473357", and the
    // truth is computed at exactly the rounded value, so nothing is lost.
    private static double Readable(double value)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return value;
        }

        var decimals = 3 - (int)Math.Floor(Math.Log10(Math.Abs(value)));
        return decimals is >= 0 and <= 15 ? Math.Round(value, decimals) : value;
    }

    private static double ParseNumber(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static object FromJson(EntryType type, JsonElement element) => type switch
    {
        EntryType.Double => element.GetDouble(),
        EntryType.Int => element.GetInt32(),
        EntryType.String => element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText(),
        EntryType.DoubleArray => element.EnumerateArray().Select(e => e.GetDouble()).ToArray(),
        EntryType.DoubleMatrix => ToMatrix(element.EnumerateArray().Select(row => row.EnumerateArray().Select(e => e.GetDouble()).ToArray()).ToArray()),
        _ => throw new FormatException($"{type} values cannot be written in a case"),
    };

    private static double[,] ToMatrix(double[][] rows)
    {
        var cols = rows.Length == 0 ? 0 : rows[0].Length;
        if (rows.Any(r => r.Length != cols))
        {
            throw new FormatException("rows of different lengths");
        }

        var matrix = new double[rows.Length, cols];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                matrix[r, c] = rows[r][c];
            }
        }

        return matrix;
    }
}
