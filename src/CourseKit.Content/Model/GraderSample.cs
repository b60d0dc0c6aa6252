namespace CourseKit.Content.Model;

/// <summary>A sample submission under graders/ and the verdict its name promises; only its path is loaded, never its text.</summary>
/// <param name="Path">Course-relative path.</param>
/// <param name="Verdict">The promised verdict.</param>
public sealed record GraderSample(string Path, SampleVerdict Verdict)
{
    /// <summary>File-name prefixes and the verdicts they promise, longest first so that matching is unambiguous.</summary>
    public static IReadOnlyList<(string Prefix, SampleVerdict Verdict)> Prefixes { get; } =
    [
        ("compile-error-", SampleVerdict.CompileError),
        ("missing-entry-", SampleVerdict.MissingEntry),
        ("memory-limit-", SampleVerdict.MemoryLimit),
        ("bad-output-", SampleVerdict.BadOutput),
        ("forbidden-", SampleVerdict.ForbiddenApi),
        ("crashed-", SampleVerdict.Crashed),
        ("correct-", SampleVerdict.Passed),
        ("timeout-", SampleVerdict.Timeout),
        ("wrong-", SampleVerdict.Wrong),
    ];
}
