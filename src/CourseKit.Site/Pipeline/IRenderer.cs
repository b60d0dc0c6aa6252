namespace CourseKit.Site.Pipeline;

/// <summary>
/// A stage that reads the preprocessed course and writes or checks output (pages, search index, link check),
/// as mdBook's renderers; they run in order and stop at the first that reports an error.
/// </summary>
public interface IRenderer
{
    /// <summary>A short name for timings and logs.</summary>
    string Name { get; }

    /// <summary>Does the stage's work, reporting expected failures as diagnostics on <paramref name="context"/>.</summary>
    void Render(BuildContext context);
}
