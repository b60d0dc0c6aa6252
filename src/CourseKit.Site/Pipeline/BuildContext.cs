using CourseKit.Content.Diagnostics;
using CourseKit.Content.Model;
using CourseKit.Site.Building;
using CourseKit.Site.Cells;

namespace CourseKit.Site.Pipeline;

/// <summary>
/// What every stage of one build sees, as mdBook's <c>PreprocessorContext</c>/<c>RenderContext</c>: the loaded
/// course, the options, the shared services and what earlier stages produced (cell outputs, written pages).
/// </summary>
public sealed class BuildContext
{
    private readonly List<Diagnostic> diagnostics = [];

    /// <summary>Starts a build of <paramref name="course"/> with <paramref name="services"/>.</summary>
    public BuildContext(Course course, SiteBuildOptions options, SiteServices services)
    {
        Course = course ?? throw new ArgumentNullException(nameof(course));
        Options = options ?? throw new ArgumentNullException(nameof(options));
        Services = services ?? throw new ArgumentNullException(nameof(services));
    }

    /// <summary>The course as loaded (numbered, references resolved).</summary>
    public Course Course { get; }

    /// <summary>Where to read from and write to.</summary>
    public SiteBuildOptions Options { get; }

    /// <summary>The renderers that are slow to start (Temml, grammars, Roslyn), kept across rebuilds.</summary>
    public SiteServices Services { get; }

    /// <summary>Outputs of the executable cells, filled by the cell preprocessor.</summary>
    public CellOutputs Cells { get; } = new();

    /// <summary>Output files written so far, relative to the output folder, with forward slashes.</summary>
    public ISet<string> WrittenFiles { get; } = new SortedSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// The pages of the previous build into the same output folder, when this build is incremental (their files
    /// are still there); null for a full build.
    /// </summary>
    public IReadOnlyDictionary<string, PageRecord>? PreviousPages { get; init; }

    /// <summary>True when pages whose inputs did not change are kept from the previous build.</summary>
    public bool IsIncremental => PreviousPages is not null;

    /// <summary>Every page of this build, rendered or kept, by its path relative to the output folder.</summary>
    public IDictionary<string, PageRecord> Pages { get; } = new SortedDictionary<string, PageRecord>(StringComparer.Ordinal);

    /// <summary>The pages rendered in this build, in order.</summary>
    public IList<string> RenderedPages { get; } = [];

    /// <summary>The pages kept from the previous build, in order.</summary>
    public IList<string> KeptPages { get; } = [];

    /// <summary>Problems found so far.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    /// <summary>True once any stage reported an error; later stages stop early.</summary>
    public bool HasErrors => diagnostics.Any(d => d.IsError);

    /// <summary>Records a problem.</summary>
    public void Report(Diagnostic diagnostic) => diagnostics.Add(diagnostic ?? throw new ArgumentNullException(nameof(diagnostic)));

    /// <summary>Records an error at a place in the course.</summary>
    public void Error(string code, string file, int line, int column, string message, string? fix = null) =>
        Report(new Diagnostic(code, DiagnosticSeverity.Error, file, line, column, message, fix));

    /// <summary>The absolute path of an output file given relative to the output folder.</summary>
    public string OutputPath(string relative) =>
        Path.Combine(Options.OutputDirectory, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes a text output file (creating folders) and records it.</summary>
    public void WriteText(string relative, string text)
    {
        string path = OutputPath(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        WrittenFiles.Add(relative);
    }

    /// <summary>
    /// Renders the page at <paramref name="relative"/> by calling <paramref name="render"/>, unless this build is
    /// incremental and the previous one rendered it from the same inputs (<paramref name="stamp"/>): then its
    /// files are kept as they are and what it reported is reported again.
    /// </summary>
    public void RenderPage(string relative, string stamp, Action render)
    {
        ArgumentNullException.ThrowIfNull(render);
        if (PreviousPages is not null && PreviousPages.TryGetValue(relative, out var before) && before.Stamp == stamp
            && before.Files.All(f => File.Exists(OutputPath(f))))
        {
            foreach (string file in before.Files)
            {
                WrittenFiles.Add(file);
            }
            foreach (var diagnostic in before.Diagnostics)
            {
                Report(diagnostic);
            }
            Pages[relative] = before;
            KeptPages.Add(relative);
            return;
        }
        var filesBefore = new HashSet<string>(WrittenFiles, StringComparer.Ordinal);
        int reportedBefore = diagnostics.Count;
        render();
        var files = WrittenFiles.Where(f => !filesBefore.Contains(f)).OrderBy(f => f == relative ? 0 : 1).ThenBy(f => f, StringComparer.Ordinal).ToArray();
        Pages[relative] = new PageRecord(stamp, files, diagnostics.Skip(reportedBefore).ToArray());
        RenderedPages.Add(relative);
    }

    /// <summary>Copies a file into the output and records it; an incremental build skips a copy that is already up to date.</summary>
    public void CopyFile(string source, string relative)
    {
        string path = OutputPath(relative);
        if (IsIncremental && IsUpToDate(source, path))
        {
            WrittenFiles.Add(relative);
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(source, path, overwrite: true);
        WrittenFiles.Add(relative);
    }

    // A copy keeps the length and is written after its source was, so a newer or resized source means it changed.
    private static bool IsUpToDate(string source, string copy)
    {
        var target = new FileInfo(copy);
        var origin = new FileInfo(source);
        return target.Exists && target.Length == origin.Length && target.LastWriteTimeUtc >= origin.LastWriteTimeUtc;
    }
}
