namespace CourseKit.Content.Diagnostics;

/// <summary>Collects diagnostics while loading; the loader reports, it never throws.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    public IReadOnlyList<Diagnostic> Items => items;

    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);

    public void Error(string code, string file, int line, int column, string message, string? fix = null) =>
        items.Add(new Diagnostic(code, DiagnosticSeverity.Error, file, line, column, message, fix));

    public void Warning(string code, string file, int line, int column, string message, string? fix = null) =>
        items.Add(new Diagnostic(code, DiagnosticSeverity.Warning, file, line, column, message, fix));

    public void Info(string code, string file, int line, int column, string message, string? fix = null) =>
        items.Add(new Diagnostic(code, DiagnosticSeverity.Info, file, line, column, message, fix));
}
