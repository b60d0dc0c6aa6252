using CourseKit.Content.Model;

namespace CourseKit.Content.Loading;

/// <summary>Which keys an exercise and its <c>check</c> may have, per kind.</summary>
internal static class ExerciseKeys
{
    public static readonly string[] Top = ["id", "title", "prompt", "kind", "points", "entry", "starter", "check", "hints", "checks"];

    public static readonly string[] CheckItem = ["name", "points", "visibility", "samples", "cases"];

    public static readonly string[] Domain = ["uniform", "shape", "exclude", "nonzero", "positive", "values", "family"];

    public static readonly string[] Plot = ["tangent_at", "x_contains", "require"];

    public static readonly string[] PlotRequirements = ["xlabel", "ylabel", "legend", "title"];

    // `invertible.derivative` and `invertible.inverse` are f′ and f⁻¹ of the same f that `invertible` draws for one input.
    public static readonly string[] Families = ["smooth", "invertible", "invertible.derivative", "invertible.inverse", "polynomial"];

    public static readonly string[] Visibilities = ["visible", "hidden", "after_due"];

    private static readonly string[] Limits = ["samples", "rtol", "atol", "forbid", "time_limit"];

    private static readonly string[] Functional = ["reference", "inputs", "dims", .. Limits];

    private static readonly string[] All =
        ["reference", "inputs", "dims", "samples", "rtol", "atol", "forbid", "time_limit", "options", "answer", "tolerance", "plot"];

    /// <summary>Common misspellings whose intended key edit distance would not find.</summary>
    public static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["tolerance"] = "rtol",
        ["tolerence"] = "rtol",
        ["tol"] = "rtol",
        ["relative_tolerance"] = "rtol",
        ["absolute_tolerance"] = "atol",
        ["timeout"] = "time_limit",
        ["forbidden"] = "forbid",
        ["banned"] = "forbid",
        ["solution"] = "reference",
        ["domain"] = "inputs",
        ["correct"] = "answer",
    };

    public static readonly Dictionary<string, ExerciseKind> Kinds = new(StringComparer.Ordinal)
    {
        ["derivative"] = ExerciseKind.Derivative,
        ["gradient"] = ExerciseKind.Gradient,
        ["jacobian"] = ExerciseKind.Jacobian,
        ["function"] = ExerciseKind.Function,
        ["plot"] = ExerciseKind.Plot,
        ["choice"] = ExerciseKind.Choice,
        ["numeric"] = ExerciseKind.Numeric,
        ["manual"] = ExerciseKind.Manual,
    };

    public static string[] CheckKeys(ExerciseKind kind) => kind switch
    {
        ExerciseKind.Choice => ["options", "answer"],
        ExerciseKind.Numeric => ["answer", "tolerance"],
        ExerciseKind.Manual => [],
        ExerciseKind.Plot => [.. Functional, "plot"],
        _ => Functional,
    };

    public static string[] OtherKindKeys(ExerciseKind kind) => All.Except(CheckKeys(kind)).ToArray();

    /// <summary>True for kinds where the learner writes a C# method the grader calls.</summary>
    public static bool HasEntry(ExerciseKind kind) => kind is not (ExerciseKind.Choice or ExerciseKind.Numeric or ExerciseKind.Manual);

    public static string Name(ExerciseKind kind) => Kinds.First(k => k.Value == kind).Key;
}
