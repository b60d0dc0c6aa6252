namespace CourseKit.Site.Pipeline;

/// <summary>A stage between loading and rendering that adds to the context (e.g. runs cells), as in mdBook.</summary>
public interface IPreprocessor
{
    /// <summary>A short name for timings and logs.</summary>
    string Name { get; }

    /// <summary>Does the stage's work, reporting expected failures as diagnostics on <paramref name="context"/>.</summary>
    void Run(BuildContext context);
}
