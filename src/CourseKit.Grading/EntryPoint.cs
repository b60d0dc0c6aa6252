namespace CourseKit.Grading;

/// <summary>The method a submission must define, e.g. <c>double Derivative(double x)</c>.</summary>
/// <param name="Name">The method's name as the exercise states it.</param>
/// <param name="Parameters">The kind of each parameter, in order.</param>
/// <param name="Returns">The kind of the returned value.</param>
public sealed record EntryPoint(string Name, IReadOnlyList<ValueKind> Parameters, ValueKind Returns)
{
    /// <summary>The signature in C#, as messages show it to the learner.</summary>
    public string Signature =>
        $"{TypeName(Returns)} {Name}({string.Join(", ", Parameters.Select(TypeName))})";

    /// <summary>The C# spelling of a kind.</summary>
    public static string TypeName(ValueKind kind) => kind switch
    {
        ValueKind.Scalar => "double",
        ValueKind.Vector => "double[]",
        ValueKind.Function => "Func<double, double>",
        ValueKind.Plot => "ScottPlot.Plot",
        _ => "double[,]",
    };

    /// <inheritdoc/>
    public bool Equals(EntryPoint? other) =>
        other is not null && Name == other.Name && Returns == other.Returns && Parameters.SequenceEqual(other.Parameters);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Returns, Parameters.Count);
}
