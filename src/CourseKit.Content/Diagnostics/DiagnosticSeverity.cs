namespace CourseKit.Content.Diagnostics;

/// <summary>How serious a diagnostic is; only errors make <c>coursekit check</c> fail.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something worth knowing that is not wrong (e.g. a missing translation).</summary>
    Info,

    /// <summary>Probably a mistake, but the course still loads and builds.</summary>
    Warning,

    /// <summary>The course is wrong here; it must not be published or graded until fixed.</summary>
    Error,
}
