using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace CourseKit.Benchmarks;

/// <summary>
/// Columns and diagnosers shared by every benchmark. Jobs come from the command line (<c>--job short</c> etc.);
/// <see cref="Program"/> adds <c>--inProcess</c> so no run pays for BenchmarkDotNet's generated project, which would
/// inherit the repository's Directory.Build.props (warnings as errors, lock files) and rebuild everything.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        Add(DefaultConfig.Instance);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median);
        HideColumns("Error", "StdDev", "RatioSD", "Alloc Ratio");
    }
}
