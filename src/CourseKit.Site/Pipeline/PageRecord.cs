using CourseKit.Content.Diagnostics;

namespace CourseKit.Site.Pipeline;

/// <summary>
/// What rendering one page took and gave: a stamp of everything it was made from, the files it wrote (the page
/// and the figures of its cells) and what it reported. An incremental build keeps a page whose stamp is unchanged.
/// </summary>
/// <param name="Stamp">A hash of the page's inputs.</param>
/// <param name="Files">Output files written with the page, relative to the output folder, the page first.</param>
/// <param name="Diagnostics">Problems reported while rendering it, reported again when it is kept.</param>
public sealed record PageRecord(string Stamp, IReadOnlyList<string> Files, IReadOnlyList<Diagnostic> Diagnostics);
