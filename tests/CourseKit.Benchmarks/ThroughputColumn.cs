using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CourseKit.Benchmarks;

/// <summary>
/// A summary column that turns the median time into a rate (GFLOP/s, GB/s), so the numbers the targets are stated
/// in can be read straight off the table.
/// </summary>
public sealed class ThroughputColumn(string header, double unitsPerOperation) : IColumn
{
    public string Id => $"{nameof(ThroughputColumn)}.{header}";

    public string ColumnName => header;

    public string Legend => $"{header} at the median time ({unitsPerOperation:G4} units per operation)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.ResultStatistics is { } statistics && statistics.Median > 0
            ? (unitsPerOperation / (statistics.Median * 1e-9)).ToString("F1", CultureInfo.InvariantCulture)
            : "-";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public override string ToString() => ColumnName;
}
