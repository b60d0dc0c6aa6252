using CourseKit.Content.Diagnostics;

namespace CourseKit.Site.Building;

/// <summary>What a build did: its diagnostics (the loader's and its own), what it wrote and how long each stage took.</summary>
/// <param name="Diagnostics">Every problem found, loader's first.</param>
/// <param name="Files">Output files written, relative to the output folder.</param>
/// <param name="CellsExecuted">Cells that ran in this build.</param>
/// <param name="CellsCached">Cells whose output came from the cache.</param>
/// <param name="Timings">Each stage's name and duration, in order.</param>
public sealed record SiteBuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> Files,
    int CellsExecuted,
    int CellsCached,
    IReadOnlyList<(string Stage, TimeSpan Elapsed)> Timings)
{
    /// <summary>The pages (chapter and home pages) rendered by this build.</summary>
    public IReadOnlyList<string> RenderedPages { get; init; } = [];

    /// <summary>The pages an incremental build kept from the previous one because nothing they are made from changed.</summary>
    public IReadOnlyList<string> KeptPages { get; init; } = [];

    /// <summary>True when nothing was an error and the site is complete.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    /// <summary>The errors.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>The whole build's duration.</summary>
    public TimeSpan Elapsed => Timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Elapsed);
}
