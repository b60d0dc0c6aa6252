using TorchSharp;

namespace CourseKit.Benchmarks;

/// <summary>
/// Whether libtorch loads here. TorchSharp 0.107's native shim needs libstdc++ with GLIBCXX_3.4.32 (GCC 13+), which
/// Debian 12 lacks; rather than fail every TorchSharp row, the run drops them and says why.
/// </summary>
public static class TorchAvailability
{
    /// <summary>Category carried by every benchmark that calls TorchSharp.</summary>
    public const string Category = "TorchSharp";

    private static readonly Lazy<string?> s_failure = new(Probe);

    /// <summary>Null when libtorch loaded; otherwise the first line of the loader's complaint.</summary>
    public static string? Failure => s_failure.Value;

    private static string? Probe()
    {
        try
        {
            using var probe = torch.zeros(1, torch.float64);
            return null;
        }
        catch (Exception e) when (e is TypeInitializationException or NotSupportedException or DllNotFoundException)
        {
            // TorchSharp's own first line blames a missing package reference whatever the cause; the usual cause
            // here is the C++ runtime, so say so next to it.
            var inner = e.InnerException ?? e;
            return inner.Message.Split('\n', 2)[0].Trim() +
                " (if the package is referenced, check `ldd libLibTorchSharp.so` for a missing GLIBCXX version)";
        }
    }
}
