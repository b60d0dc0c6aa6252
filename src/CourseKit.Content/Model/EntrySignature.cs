namespace CourseKit.Content.Model;

/// <summary>The C# method a learner must define, parsed from <c>entry:</c> (e.g. <c>double[] Gradient(double[] x)</c>).</summary>
/// <param name="ReturnType">What it returns.</param>
/// <param name="Name">The method name the grader calls.</param>
/// <param name="Parameters">Its parameters in order.</param>
/// <param name="Text">The signature as written.</param>
public sealed record EntrySignature(EntryType ReturnType, string Name, IReadOnlyList<EntryParameter> Parameters, string Text)
{
    /// <summary>The C# spelling of an entry type (<c>double[,]</c>, <c>Func&lt;double, double&gt;</c>, …).</summary>
    public static string CSharpName(EntryType type) => type switch
    {
        EntryType.Double => "double",
        EntryType.DoubleArray => "double[]",
        EntryType.DoubleMatrix => "double[,]",
        EntryType.Function => "Func<double, double>",
        EntryType.Plot => "ScottPlot.Plot",
        EntryType.String => "string",
        _ => "int",
    };

    /// <summary>The canonical C# text, e.g. <c>double[] Gradient(double[] x)</c>.</summary>
    public override string ToString() =>
        $"{CSharpName(ReturnType)} {Name}({string.Join(", ", Parameters.Select(p => $"{CSharpName(p.Type)} {p.Name}"))})";
}
