using System.Reflection;
using Microsoft.CodeAnalysis;

namespace CourseKit.Grading.Compiling;

/// <summary>
/// The explicit, minimal set of assemblies a script compiles against: the core library and its facade, LINQ,
/// collections, the console (for debugging prints) and the engine with what its public API exposes.
/// References only decide what compiles; what may run is the gate's decision. That is why assemblies a
/// learner might reach for (processes, network, threads, <c>dynamic</c>) are referenced too: the gate then
/// names the refused API ("System.Net.Http.HttpClient is not available") instead of Roslyn saying it does
/// not exist.
/// </summary>
internal static class CompileReferences
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> All = new(Load);
    private static readonly Lazy<IReadOnlyList<MetadataReference>> WithPlots = new(LoadPlots);

    public static IReadOnlyList<MetadataReference> Default => All.Value;

    /// <summary>
    /// <see cref="Default"/> plus ScottPlot, the course's plotting helpers and what their public APIs expose (SkiaSharp,
    /// so Roslyn can bind; the gate refuses it): for plot exercises only.
    /// </summary>
    public static IReadOnlyList<MetadataReference> Plots => WithPlots.Value;

    private static IReadOnlyList<MetadataReference> LoadPlots()
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in new[] { "CourseKit.Plotting", "ScottPlot" })
        {
            var assembly = Assembly.Load(new AssemblyName(name));
            paths.Add(assembly.Location);
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (TryLocate(reference) is { } location)
                {
                    paths.Add(location);
                }
            }
        }

        var known = Default.OfType<PortableExecutableReference>().Select(r => r.FilePath).ToHashSet(StringComparer.Ordinal);
        return [.. Default, .. paths.Where(p => !known.Contains(p)).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }

    private static IReadOnlyList<MetadataReference> Load()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var paths = new SortedSet<string>(StringComparer.Ordinal)
        {
            typeof(object).Assembly.Location,
            Path.Combine(runtime, "System.Runtime.dll"),
            Path.Combine(runtime, "System.Linq.dll"),
            Path.Combine(runtime, "System.Collections.dll"),
            Path.Combine(runtime, "System.Console.dll"),
        };
        string[] namedForTheGate =
        [
            "System.Diagnostics.Process", "System.ComponentModel.Primitives", "System.Net.Http", "System.Net.Sockets",
            "System.Net.Primitives", "System.Threading", "System.Threading.Thread", "System.Threading.Tasks.Parallel",
            "System.Linq.Parallel", "System.Linq.Expressions", "System.Collections.Concurrent", "Microsoft.CSharp",
            "System.Runtime.InteropServices",
        ];
        foreach (var name in namedForTheGate)
        {
            var path = Path.Combine(runtime, name + ".dll");
            if (File.Exists(path))
            {
                paths.Add(path);
            }
        }

        // Loaded by name, not through a type, so this library does not depend on the engine's API.
        var engine = Assembly.Load(new AssemblyName("CourseKit.Autograd"));
        paths.Add(engine.Location);
        foreach (var name in engine.GetReferencedAssemblies())
        {
            var location = TryLocate(name);
            if (location is not null)
            {
                paths.Add(location);
            }
        }

        return [.. paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }

    private static string? TryLocate(AssemblyName name)
    {
        try
        {
            var location = Assembly.Load(name).Location;
            return location.Length > 0 ? location : null;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }
}
