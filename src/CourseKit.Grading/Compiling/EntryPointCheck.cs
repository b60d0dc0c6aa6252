using Microsoft.CodeAnalysis;

namespace CourseKit.Grading.Compiling;

/// <summary>
/// Finds the entry method among the script's own members before anything runs, so a misspelt name or a
/// wrong signature is reported at compile time, with the line of the method the learner did write.
/// </summary>
internal static class EntryPointCheck
{
    public static GradingDiagnostic? Find(Compilation compilation, EntryPoint entry)
    {
        var candidates = compilation.ScriptClass?.GetMembers(entry.Name).OfType<IMethodSymbol>().ToArray() ?? [];
        if (candidates.Any(m => Matches(m, entry)))
        {
            return null;
        }

        if (candidates.Length == 0)
        {
            return new GradingDiagnostic(0, 0, "CK0200", $"no method {entry.Name} found; the exercise asks for `{entry.Signature}`");
        }

        var found = candidates[0];
        var position = found.Locations.FirstOrDefault(l => l.IsInSource)?.GetLineSpan().StartLinePosition;
        var shown = found.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        return new GradingDiagnostic(
            position is { } p ? p.Line + 1 : 0,
            position is { } q ? q.Character + 1 : 0,
            "CK0201",
            $"{entry.Name} is declared as `{shown}`, but the exercise asks for `{entry.Signature}`");
    }

    private static bool Matches(IMethodSymbol method, EntryPoint entry) =>
        !method.IsGenericMethod
        && method.Parameters.Length == entry.Parameters.Count
        && Is(method.ReturnType, entry.Returns)
        && method.Parameters.Select((p, i) => p.RefKind == RefKind.None && Is(p.Type, entry.Parameters[i])).All(ok => ok);

    private static bool Is(ITypeSymbol type, ValueKind kind) => kind switch
    {
        ValueKind.Scalar => type.SpecialType == SpecialType.System_Double,
        ValueKind.Vector => type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Double },
        ValueKind.Function => type is INamedTypeSymbol { Name: "Func", Arity: 2, ContainingNamespace.Name: "System" } func
            && func.TypeArguments.All(t => t.SpecialType == SpecialType.System_Double),
        ValueKind.Plot => type is INamedTypeSymbol { Name: "Plot", Arity: 0, ContainingNamespace: { Name: "ScottPlot", ContainingNamespace.IsGlobalNamespace: true } },
        _ => type is IArrayTypeSymbol { Rank: 2, ElementType.SpecialType: SpecialType.System_Double },
    };
}
