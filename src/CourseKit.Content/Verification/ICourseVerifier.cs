using CourseKit.Content.Diagnostics;

namespace CourseKit.Content.Verification;

/// <summary>
/// A deeper check of a loaded course that <c>coursekit check</c> runs after loading — the grading part plugs in
/// here to compile references and starters through Roslyn, test derivative references against finite
/// differences and grade the sample submissions. Report problems as diagnostics (codes CK100–CK199); never throw.
/// </summary>
public interface ICourseVerifier
{
    /// <summary>A short name shown when the verifier fails (e.g. <c>roslyn</c>).</summary>
    string Name { get; }

    /// <summary>Checks the course and returns what is wrong, with file, line and column like the loader's diagnostics.</summary>
    Task<IReadOnlyList<Diagnostic>> VerifyAsync(CourseVerificationContext context, CancellationToken cancellationToken);
}
