using System.Collections.Frozen;

namespace CourseKit.Grading.Gate;

/// <summary>
/// The part of .NET a learner's script may touch: whole namespaces that are pure computation, single types
/// from <c>System</c> (whose namespace also holds Environment, GC, Type and Activator), and a few members
/// singled out. Anything not listed is refused: an allowlist, so a new API is closed until someone opens it.
/// </summary>
public sealed class ApiAllowlist
{
    private readonly FrozenSet<string> _namespaces;
    private readonly FrozenSet<string> _types;
    private readonly FrozenSet<string> _deniedTypes;
    private readonly FrozenDictionary<string, FrozenSet<string>> _onlyMembers;
    private readonly FrozenSet<string> _deniedMembers;
    private readonly string[] _deniedMemberPrefixes;

    /// <summary>Builds an allowlist; names are metadata names such as <c>System.Func`2</c>.</summary>
    /// <param name="namespaces">Namespaces whose every type is allowed (exact match, not their children).</param>
    /// <param name="types">Single types allowed outside those namespaces.</param>
    /// <param name="deniedTypes">Types refused even inside an allowed namespace.</param>
    /// <param name="onlyMembers">Types of which only the listed members are allowed.</param>
    /// <param name="deniedMembers">Members refused on otherwise allowed types, as <c>Type.Member</c>.</param>
    /// <param name="deniedMemberPrefixes">Members refused by the start of <c>Type.Member</c>, e.g. <c>ScottPlot.Plot.Save</c> for every Save overload and format.</param>
    public ApiAllowlist(
        IEnumerable<string> namespaces,
        IEnumerable<string> types,
        IEnumerable<string> deniedTypes,
        IReadOnlyDictionary<string, string[]> onlyMembers,
        IEnumerable<string> deniedMembers,
        IEnumerable<string>? deniedMemberPrefixes = null)
    {
        _deniedMemberPrefixes = [.. deniedMemberPrefixes ?? []];
        _namespaces = namespaces.ToFrozenSet(StringComparer.Ordinal);
        _types = types.ToFrozenSet(StringComparer.Ordinal);
        _deniedTypes = deniedTypes.ToFrozenSet(StringComparer.Ordinal);
        _onlyMembers = onlyMembers.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        _deniedMembers = deniedMembers.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>What derivative, gradient and function exercises need: numbers, arrays, LINQ, collections, the engine.</summary>
    public static ApiAllowlist Default { get; } = new(
        namespaces:
        [
            "System.Collections", "System.Collections.Generic", "System.Linq", "System.Numerics", "CourseKit.Autograd",
        ],
        types: SystemTypes(),
        deniedTypes:
        [
            // PLINQ starts threads; IQueryable compiles expression trees at run time.
            "System.Linq.ParallelEnumerable", "System.Linq.ParallelQuery", "System.Linq.ParallelQuery`1",
            "System.Linq.Queryable", "System.Linq.IQueryable", "System.Linq.IQueryable`1", "System.Linq.EnumerableQuery",
            "System.Linq.EnumerableQuery`1", "System.Linq.IQueryProvider", "System.Linq.IOrderedQueryable",
            "System.Linq.IOrderedQueryable`1",
            // SIMD types offer LoadUnsafe/StoreUnsafe: unchecked reads and writes relative to a ref, in "safe" code.
            "System.Numerics.Vector", "System.Numerics.Vector`1", "System.Numerics.Vector2", "System.Numerics.Vector3",
            "System.Numerics.Vector4", "System.Numerics.Matrix3x2", "System.Numerics.Matrix4x4", "System.Numerics.Plane",
            "System.Numerics.Quaternion",
        ],
        onlyMembers: new Dictionary<string, string[]>
        {
            // Printing is allowed for debugging; reading, redirecting and raw streams are not.
            ["System.Console"] = ["Write", "WriteLine"],
        },
        deniedMembers: ["System.Object.GetType", "System.Exception.GetType", "System.Array.CreateInstance"]);

    /// <summary>
    /// What plot exercises add to <see cref="Default"/>: the ScottPlot namespaces that build a figure and the course's
    /// plotting helpers. Nothing that reads or writes files: saving (<c>SavePng</c>, <c>SaveSvg</c>, every <c>Save*</c>),
    /// images loaded from disk, font files and opening files stay refused; the grader renders the picture itself.
    /// </summary>
    public static ApiAllowlist Plots { get; } = Default.With(
        namespaces:
        [
            "ScottPlot", "ScottPlot.Plottables", "ScottPlot.AxisPanels", "ScottPlot.TickGenerators", "ScottPlot.Palettes",
            "ScottPlot.Colormaps", "ScottPlot.LegendLayouts", "ScottPlot.Grids", "ScottPlot.DataSources", "ScottPlot.AxisRules",
            "ScottPlot.AxisLimitManagers", "ScottPlot.ArrowShapes", "ScottPlot.PlotStyles", "ScottPlot.Hatches",
            "ScottPlot.NamedColors", "ScottPlot.Panels", "ScottPlot.AutoScalers", "ScottPlot.PathStrategies", "CourseKit.Plotting",
        ],
        deniedTypes:
        [
            // Files: images read from and written to disk, saved-file handles, opening files with the desktop.
            "ScottPlot.Image", "ScottPlot.SavedImageInfo", "ScottPlot.Platform", "ScottPlot.ImageFormats", "ScottPlot.Drawing",
            "ScottPlot.IMultiplotExtensions", "ScottPlot.Multiplot", "ScottPlot.Reporting.HtmlReport",
            // Fonts are pinned by the grader; loading font files is not the learner's business.
            "CourseKit.Plotting.PlotFonts",
        ],
        deniedMemberPrefixes:
        [
            "ScottPlot.Plot.Save", "ScottPlot.Plot.GetImage", "ScottPlot.Fonts.AddFontFile", "ScottPlot.FontStyle.CreateTypefaceFromFile",
            "ScottPlot.Legend.GetImage",
        ]);

    /// <summary>The allowlist for an entry point: <see cref="Plots"/> when it returns a plot, <see cref="Default"/> otherwise.</summary>
    public static ApiAllowlist For(EntryPoint entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Returns == ValueKind.Plot ? Plots : Default;
    }

    /// <summary>A copy that also allows <paramref name="namespaces"/> and also refuses the types and member prefixes given.</summary>
    private ApiAllowlist With(IEnumerable<string> namespaces, IEnumerable<string> deniedTypes, IEnumerable<string> deniedMemberPrefixes) => new(
        _namespaces.Concat(namespaces),
        _types,
        _deniedTypes.Concat(deniedTypes),
        _onlyMembers.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
        _deniedMembers,
        _deniedMemberPrefixes.Concat(deniedMemberPrefixes));

    /// <summary>True when the type (a definition, not a constructed generic) may be used.</summary>
    public bool AllowsType(string ns, string metadataName)
    {
        var full = ns.Length == 0 ? metadataName : $"{ns}.{metadataName}";
        return !_deniedTypes.Contains(full) && (_namespaces.Contains(ns) || _types.Contains(full));
    }

    /// <summary>True when a member of an allowed type may be used.</summary>
    public bool AllowsMember(string typeFullName, string member)
    {
        var full = $"{typeFullName}.{member}";
        return !_deniedMembers.Contains(full)
            && !_deniedMemberPrefixes.Any(prefix => full.StartsWith(prefix, StringComparison.Ordinal))
            && (!_onlyMembers.TryGetValue(typeFullName, out var only) || only.Contains(member));
    }

    private static IEnumerable<string> SystemTypes()
    {
        string[] single =
        [
            "Object", "String", "Boolean", "Char", "Byte", "SByte", "Int16", "UInt16", "Int32", "UInt32", "Int64", "UInt64",
            "Int128", "UInt128", "IntPtr", "UIntPtr", "Half", "Single", "Double", "Decimal", "Void", "ValueType", "Enum",
            "Math", "MathF", "Array", "Span`1", "ReadOnlySpan`1", "Memory`1", "ReadOnlyMemory`1", "ArraySegment`1",
            "Action", "Predicate`1", "Comparison`1", "Converter`2", "Nullable", "Nullable`1", "Index", "Range", "Random",
            "MemoryExtensions", "Console", "Convert", "BitConverter", "HashCode", "MidpointRounding", "StringComparison", "StringComparer",
            "StringSplitOptions", "IComparable", "IComparable`1", "IEquatable`1", "IFormattable", "IFormatProvider",
            "IDisposable", "ICloneable", "Tuple", "ValueTuple",
            "Exception", "ArgumentException", "ArgumentNullException", "ArgumentOutOfRangeException",
            "InvalidOperationException", "NotImplementedException", "NotSupportedException", "IndexOutOfRangeException",
            "ArithmeticException", "DivideByZeroException", "OverflowException", "FormatException",
        ];
        foreach (var name in single)
        {
            yield return $"System.{name}";
        }

        for (var arity = 1; arity <= 16; arity++)
        {
            yield return $"System.Action`{arity}";
        }

        for (var arity = 1; arity <= 17; arity++)
        {
            yield return $"System.Func`{arity}";
        }

        for (var arity = 1; arity <= 8; arity++)
        {
            yield return $"System.Tuple`{arity}";
            yield return $"System.ValueTuple`{arity}";
        }

        yield return "System.Text.StringBuilder";
    }
}
