using CourseKit.Content.Model;
using CourseKit.Site.Pipeline;

namespace CourseKit.Site.Cells;

/// <summary>
/// Runs every document's cells, taking outputs from the cache where the cell and all before it are unchanged.
/// When a cell misses, its document replays from the first cell so the notebook state is right.
/// </summary>
public sealed class CellExecutionPreprocessor : IPreprocessor
{
    /// <inheritdoc />
    public string Name => "cells";

    /// <inheritdoc />
    public void Run(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cache = new CellCache(Path.Combine(context.Options.EffectiveCacheDirectory, "cells"));
        foreach (var document in context.Course.Chapters.SelectMany(c => c.Documents))
        {
            if (!RunDocument(context, cache, document))
            {
                return; // the first failing cell stops the build
            }
        }
    }

    private static bool RunDocument(BuildContext context, CellCache cache, ChapterDocument document)
    {
        var cells = document.Cells;
        var keys = CellCache.Keys(cells.Select(c => c.Code));
        var cached = keys.Select(cache.TryGet).ToArray();
        int firstMiss = Array.FindIndex(cached, o => o is null);
        for (int i = 0; i < cells.Count && (firstMiss < 0 || i < firstMiss); i++)
        {
            context.Cells.Set(document.Path, i, cached[i]!);
            context.Cells.Cached++;
        }
        if (firstMiss < 0)
        {
            return true;
        }
        var session = context.Services.Cells.StartSession(context.Course.Site.CellTimeLimit);
        for (int i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var output = session.Run(cell.Code, out var failure);
            context.Cells.Executed++;
            if (output is null)
            {
                Report(context, cell, failure!, context.Course.Site.CellTimeLimit);
                return false;
            }
            if (i >= firstMiss)
            {
                cache.Set(keys[i], output);
                context.Cells.Set(document.Path, i, output);
            }
        }
        return true;
    }

    private static void Report(BuildContext context, CodeCell cell, CellFailure failure, TimeSpan limit)
    {
        if (failure.TimedOut)
        {
            string written = CellRunner.Session.Describe(limit);
            context.Error(
                SiteDiagnosticCodes.CellTimeLimit,
                cell.File,
                cell.Line,
                1,
                $"cell {cell.Index + 1} was still running after the cell time limit of {written}; the build gave up on it",
                $"look for a loop that does not end, or make the cell faster; if it really needs longer, raise the limit in content/course.yml: `site: {{cell_time_limit: 120s}}` (now {written}, at most 10 minutes)");
            return;
        }
        int line = failure.Line is int inCell ? cell.FirstCodeLine + inCell - 1 : cell.Line;
        context.Error(
            failure.IsCompileError ? SiteDiagnosticCodes.CellCompileError : SiteDiagnosticCodes.CellRuntimeError,
            cell.File,
            line,
            failure.Column ?? 1,
            $"cell {cell.Index + 1} {(failure.IsCompileError ? "does not compile" : "failed")}: {failure.Message}",
            "fix the cell; cells run in order, so it sees what the cells above it define");
    }
}
