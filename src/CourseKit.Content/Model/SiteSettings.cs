namespace CourseKit.Content.Model;

/// <summary>Course-wide settings of <c>coursekit build</c> (course.yml's <c>site</c> section).</summary>
/// <param name="CellTimeLimit">
/// Wall-clock limit for one executable cell at build time; a cell that runs longer fails the build, so a
/// runaway loop in a chapter cannot hang it.
/// </param>
public sealed record SiteSettings(TimeSpan CellTimeLimit)
{
    /// <summary>What applies when course.yml has no <c>site</c> section: 30 seconds per cell.</summary>
    public static SiteSettings BuiltIn { get; } = new(TimeSpan.FromSeconds(30));
}
