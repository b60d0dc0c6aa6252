using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;

namespace CourseKit.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/CourseKit.Benchmarks -- --filter '*Gemm*'</c>; add <c>--job short</c> for
/// a quick pass (all benchmarks in about ten minutes on two cores).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var config = new BenchmarkConfig();
        if (TorchAvailability.Failure is { } failure)
        {
            Console.WriteLine($"// TorchSharp rows skipped: {failure}");
            config.AddFilter(new SimpleFilter(b => !b.Descriptor.HasCategory(TorchAvailability.Category)));
        }

        var inProcess = args.Any(a => a is "--inProcess" or "-i") ? args : [.. args, "--inProcess"];
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(inProcess, config);
    }
}
