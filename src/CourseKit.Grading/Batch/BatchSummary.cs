namespace CourseKit.Grading.Batch;

/// <summary>What an instructor reads at the end of a batch: how many of each verdict, the mean score, the slowest.</summary>
/// <param name="Count">Rows summarised.</param>
/// <param name="ByVerdict">Rows per verdict, most frequent first.</param>
/// <param name="MeanScore">Mean points earned.</param>
/// <param name="MeanPercent">Mean of score / max score, in percent (rows with max score 0 left out).</param>
/// <param name="Slowest">The slowest rows, slowest first.</param>
public sealed record BatchSummary(
    int Count,
    IReadOnlyList<(string Verdict, int Count)> ByVerdict,
    double MeanScore,
    double MeanPercent,
    IReadOnlyList<GradebookRow> Slowest)
{
    /// <summary>How many slowest rows a summary keeps.</summary>
    public const int SlowestKept = 3;

    /// <summary>Summarises <paramref name="rows"/>.</summary>
    public static BatchSummary Of(IReadOnlyList<GradebookRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var byVerdict = rows.GroupBy(r => r.Verdict)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var scored = rows.Where(r => r.MaxScore > 0).ToList();
        return new BatchSummary(
            rows.Count,
            byVerdict,
            rows.Count == 0 ? 0 : rows.Average(r => r.Score),
            scored.Count == 0 ? 0 : scored.Average(r => 100 * r.Score / r.MaxScore),
            [.. rows.OrderByDescending(r => r.Seconds).Take(SlowestKept)]);
    }
}
