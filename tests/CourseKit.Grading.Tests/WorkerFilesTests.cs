using CourseKit.Grading.Running;

namespace CourseKit.Grading.Tests;

public sealed class WorkerFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coursekit-worker-files-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Native_libraries_of_a_portable_build_come_from_runtimes_native()
    {
        var native = Path.Combine(_folder, "runtimes", "linux-x64", "native");
        Directory.CreateDirectory(native);
        File.WriteAllText(Path.Combine(native, "libSkiaSharp.so"), "");
        File.WriteAllText(Path.Combine(_folder, "libStray.so"), "");

        var found = WorkerFiles.NativeLibraries(_folder).ToList();

        Assert.Equal([(Path.Combine(native, "libSkiaSharp.so"), "libSkiaSharp.so")], found);
    }

    [Fact]
    public void Native_libraries_of_a_tool_published_for_a_runtime_sit_flat_beside_it()
    {
        // `dotnet publish -r linux-x64` has no runtimes/ folder; plot grading crashed in the jail until these were bound.
        File.WriteAllText(Path.Combine(_folder, "libHarfBuzzSharp.so"), "");
        File.WriteAllText(Path.Combine(_folder, "libSkiaSharp.so"), "");
        File.WriteAllText(Path.Combine(_folder, "SkiaSharp.dll"), "");

        var found = WorkerFiles.NativeLibraries(_folder).Select(f => f.Name).ToList();

        Assert.Equal(["libHarfBuzzSharp.so", "libSkiaSharp.so"], found);
    }
}
