using CourseKit.Content.Diagnostics;

namespace CourseKit.Content.Model;

/// <summary>What loading gives: the course (always, possibly partial) and everything found wrong with it.</summary>
/// <param name="Course">The course model.</param>
/// <param name="Diagnostics">Problems, in the order files were read.</param>
public sealed record LoadedCourse(Course Course, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
