using System.Globalization;

namespace CourseKit.Grading.Tests;

/// <summary>A fixture from Hostile/: the script and what its header comments expect.</summary>
public sealed class HostileCase
{
    private HostileCase(string name, string source) => (Name, Source) = (name, source);

    public string Name { get; }

    public string Source { get; }

    public EntryPoint Entry { get; private set; } = new("F", [ValueKind.Scalar], ValueKind.Scalar);

    public IReadOnlyList<IReadOnlyList<RawValue>> Inputs { get; private set; } = [[RawValue.FromScalar(1)]];

    public IReadOnlyList<string> Forbidden { get; private set; } = [];

    public TimeSpan? CompileTimeout { get; private set; }

    public Expectation Gated { get; private set; } = null!;

    public Expectation? Ungated { get; private set; }

    public bool ExpectTruncated { get; private set; }

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Hostile");

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.csx").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static HostileCase Load(string name)
    {
        var source = File.ReadAllText(Path.Combine(Folder, name + ".csx"));
        var fixture = new HostileCase(name, source);
        foreach (var line in source.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("// ", StringComparison.Ordinal)))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = colon > 3 ? line[3..colon] : line[3..];
            var value = colon > 3 ? line[(colon + 1)..].Trim() : string.Empty;
            switch (key)
            {
                case "expect": fixture.Gated = Expectation.Parse(value); break;
                case "expect-ungated": fixture.Ungated = Expectation.Parse(value); break;
                case "expect-truncated": fixture.ExpectTruncated = true; break;
                case "entry": fixture.Entry = ParseEntry(value); break;
                case "input": fixture.Inputs = ParseInputs(value, fixture.Entry); break;
                case "forbid": fixture.Forbidden = value.Split(',', StringSplitOptions.TrimEntries); break;
                case "compile-timeout": fixture.CompileTimeout = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)); break;
                default: break;
            }
        }

        return fixture.Gated is null ? throw new InvalidDataException($"{name}: no // expect: line") : fixture;
    }

    private static EntryPoint ParseEntry(string text)
    {
        // "double[] F(double[])"
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var head = text[..open].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var parameters = text[(open + 1)..text.IndexOf(')', StringComparison.Ordinal)]
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new EntryPoint(head[1], [.. parameters.Select(Kind)], Kind(head[0]));
    }

    private static ValueKind Kind(string type) => type switch
    {
        "double" => ValueKind.Scalar,
        "double[]" => ValueKind.Vector,
        "double[,]" => ValueKind.Matrix,
        _ => throw new InvalidDataException($"unknown type {type}"),
    };

    private static IReadOnlyList<IReadOnlyList<RawValue>> ParseInputs(string text, EntryPoint entry) =>
        [.. text.Split(';', StringSplitOptions.TrimEntries).Select(call =>
        {
            var numbers = call.Split(',', StringSplitOptions.TrimEntries).Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToArray();
            return (IReadOnlyList<RawValue>)[entry.Parameters[0] == ValueKind.Scalar ? RawValue.FromScalar(numbers[0]) : RawValue.FromVector(numbers)];
        })];

    public override string ToString() => Name;
}

/// <summary>One <c>// expect:</c> line: the acceptable outcomes and a text the result must mention.</summary>
public sealed record Expectation(IReadOnlyList<Outcome> Outcomes, string Text, double? ReturnedValue)
{
    public static Expectation Parse(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var names = space < 0 ? text : text[..space];
        var rest = space < 0 ? string.Empty : text[(space + 1)..].Trim();
        var outcomes = names.Split('|').Select(ParseOutcome).ToArray();
        double? value = outcomes is [Outcome.Returned] ? double.Parse(rest, CultureInfo.InvariantCulture) : null;
        return new Expectation(outcomes, value is null ? rest : string.Empty, value);
    }

    private static Outcome ParseOutcome(string kebab) =>
        Enum.Parse<Outcome>(string.Concat(kebab.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..])));
}
