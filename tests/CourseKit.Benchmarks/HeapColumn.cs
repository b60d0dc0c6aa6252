using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CourseKit.Benchmarks;

/// <summary>
/// The grading process's memory after successive batches of the benchmark method it is made for: the managed heap after a full collection and the working set,
/// first and last, with the number of submissions graded in between. Flat means the last is no higher than the first
/// by more than noise. Benchmarks run in-process (see <see cref="Program"/>), so the benchmark can hand its readings
/// to this column through static state.
/// </summary>
public sealed class HeapColumn(string method) : IColumn
{
    private static readonly List<(int Graded, long Heap, long WorkingSet)> Readings = [];

    /// <summary>Forgets earlier readings (one benchmark's run starts).</summary>
    public static void Clear()
    {
        lock (Readings)
        {
            Readings.Clear();
        }
    }

    /// <summary>Takes a reading after <paramref name="graded"/> submissions.</summary>
    public static void Record(int graded)
    {
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        using var self = Process.GetCurrentProcess();
        lock (Readings)
        {
            Readings.Add((graded, heap, self.WorkingSet64));
        }

        Console.WriteLine($"// heap after {graded} submissions: {heap / 1048576.0:F1} MB managed, {self.WorkingSet64 / 1048576.0:F1} MB working set");
    }

    public string Id => nameof(HeapColumn);

    public string ColumnName => "Heap first → last";

    public string Legend => "Managed heap after a full GC (and working set) after the first and the last batch, and the submissions graded in between";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => false;

    public UnitType UnitType => UnitType.Dimensionless;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        lock (Readings)
        {
            if (benchmarkCase.Descriptor.WorkloadMethod.Name != method || Readings.Count < 2)
            {
                return "-";
            }

            var (firstGraded, firstHeap, firstSet) = Readings[0];
            var (lastGraded, lastHeap, lastSet) = Readings[^1];
            return string.Create(
                CultureInfo.InvariantCulture,
                $"{firstHeap / 1048576.0:F1} → {lastHeap / 1048576.0:F1} MB (WS {firstSet / 1048576.0:F0} → {lastSet / 1048576.0:F0} MB) over {lastGraded - firstGraded} submissions");
        }
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public override string ToString() => ColumnName;
}
