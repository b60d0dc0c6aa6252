using System.Reflection;
using System.Runtime.InteropServices;
using CourseKit.Grading.Worker.Protocol;

namespace CourseKit.Grading.Running;

/// <summary>
/// Where the worker and the few files it needs live: next to this library, because the worker project is a
/// referenced assembly (copied into every consumer's output) and its runtimeconfig travels as content.
/// Only these files are made visible inside the jail.
/// </summary>
internal sealed class WorkerFiles
{
    public const string WorkerAssembly = "CourseKit.Grading.Worker.dll";
    public const string RuntimeConfig = "grading-worker.runtimeconfig.json";

    private static readonly Lazy<WorkerFiles> Located = new(Locate);

    private WorkerFiles(string directory, IReadOnlyList<string> files, IReadOnlyList<(string Source, string Target)> extra, string dotnetRoot)
    {
        Directory = directory;
        Files = files;
        Extra = extra;
        DotnetRoot = dotnetRoot;
    }

    public static WorkerFiles Current => Located.Value;

    /// <summary>The folder holding the worker.</summary>
    public string Directory { get; }

    /// <summary>File names (in <see cref="Directory"/>) the worker needs: itself, its runtimeconfig, the engine and its packages.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>
    /// Files the worker needs at another place than the build put them, as (absolute source, path under the worker's
    /// folder): the native Skia and HarfBuzz libraries (from <c>runtimes/&lt;rid&gt;/native/</c>, flattened next to the
    /// worker, where the runtime looks when there is no deps.json) and the pinned plot fonts (<c>fonts/</c>).
    /// </summary>
    public IReadOnlyList<(string Source, string Target)> Extra { get; }

    /// <summary>The .NET installation running this process; the worker runs on the same one.</summary>
    public string DotnetRoot { get; }

    public string Muxer => Path.Combine(DotnetRoot, "dotnet");

    private static WorkerFiles Locate()
    {
        var directory = Path.GetDirectoryName(typeof(WorkerRequest).Assembly.Location)
            ?? throw new InvalidOperationException("the worker assembly has no location");
        var files = new List<string> { WorkerAssembly, RuntimeConfig };
        foreach (var name in typeof(WorkerRequest).Assembly.GetReferencedAssemblies())
        {
            AddLocal(directory, name, files, depth: 0);
        }

        // The engine is what learner code compiles against; the worker itself may never touch one of its types, in
        // which case the compiler drops the reference and the loop above would not find it.
        AddLocal(directory, typeof(CourseKit.Autograd.Tensor).Assembly.GetName(), files, depth: 0);

        foreach (var file in files)
        {
            if (!File.Exists(Path.Combine(directory, file)))
            {
                throw new FileNotFoundException($"grading worker file missing: {file}", Path.Combine(directory, file));
            }
        }

        // .../dotnet/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        return new WorkerFiles(directory, files, [.. NativeLibraries(directory), .. Fonts(directory)], root);
    }

    /// <summary>The native libraries to bind beside the worker, as (source path, name in the jail).</summary>
    internal static IEnumerable<(string Source, string Name)> NativeLibraries(string directory)
    {
        var native = Path.Combine(directory, "runtimes", RuntimeInformation.RuntimeIdentifier, "native");
        if (!System.IO.Directory.Exists(native))
        {
            var portable = $"{(OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsMacOS() ? "osx" : "win")}-{RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant()}";
            native = Path.Combine(directory, "runtimes", portable, "native");
        }

        if (System.IO.Directory.Exists(native))
        {
            return System.IO.Directory.EnumerateFiles(native).Order(StringComparer.Ordinal).Select(f => (f, Path.GetFileName(f)));
        }

        // A tool published for one runtime (`dotnet publish -r linux-x64`) has its native libraries flat beside it.
        return System.IO.Directory.EnumerateFiles(directory, "lib*")
            .Where(f => Path.GetExtension(f) is ".so" or ".dylib")
            .Order(StringComparer.Ordinal)
            .Select(f => (f, Path.GetFileName(f)));
    }

    private static IEnumerable<(string, string)> Fonts(string directory)
    {
        var fonts = Path.Combine(directory, "fonts");
        return System.IO.Directory.Exists(fonts)
            ? System.IO.Directory.EnumerateFiles(fonts, "*.ttf").Order(StringComparer.Ordinal).Select(f => (f, $"fonts/{Path.GetFileName(f)}"))
            : [];
    }

    /// <summary>Adds an assembly that sits next to the worker (not in the shared framework), with its own such references.</summary>
    private static void AddLocal(string directory, AssemblyName name, List<string> files, int depth)
    {
        var file = name.Name + ".dll";
        if (depth > 4 || files.Contains(file) || !File.Exists(Path.Combine(directory, file)))
        {
            return;
        }

        files.Add(file);
        foreach (var reference in Assembly.LoadFrom(Path.Combine(directory, file)).GetReferencedAssemblies())
        {
            AddLocal(directory, reference, files, depth + 1);
        }
    }
}
