using CourseKit.Content.Diagnostics;
using CourseKit.Content.Model;

namespace CourseKit.Content.Verification;

/// <summary>The outcome of <see cref="CourseChecker.CheckAsync"/>: every diagnostic, the loader's first.</summary>
/// <param name="Loaded">The loaded course.</param>
/// <param name="Diagnostics">The loader's diagnostics followed by each verifier's.</param>
public sealed record CheckReport(LoadedCourse Loaded, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>How many errors.</summary>
    public int Errors => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>How many warnings.</summary>
    public int Warnings => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    /// <summary>How many infos.</summary>
    public int Infos => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);
}
