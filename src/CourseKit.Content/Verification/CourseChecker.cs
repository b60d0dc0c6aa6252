using CourseKit.Content.Diagnostics;
using CourseKit.Content.FileSystem;
using CourseKit.Content.Loading;

namespace CourseKit.Content.Verification;

/// <summary>Loads a course and runs the verifiers over it: the library behind <c>coursekit check</c>.</summary>
public static class CourseChecker
{
    /// <summary>
    /// Loads the course, then runs each verifier in turn. A verifier that throws is reported as CK090 rather than
    /// ending the check, so one broken plug-in cannot hide the rest of the report.
    /// </summary>
    public static async Task<CheckReport> CheckAsync(
        ICourseFileSystem files, IEnumerable<ICourseVerifier> verifiers, CancellationToken cancellationToken = default)
    {
        var loaded = CourseLoader.Load(files);
        var diagnostics = new List<Diagnostic>(loaded.Diagnostics);
        var context = new CourseVerificationContext(loaded, files);
        foreach (var verifier in verifiers)
        {
            try
            {
                diagnostics.AddRange(await verifier.VerifyAsync(context, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.VerifierFailed, DiagnosticSeverity.Error, CourseLoader.CourseFile, 0, 0,
                    $"verifier `{verifier.Name}` failed: {e.GetType().Name}: {e.Message}", "this is a bug in the verifier; please report it"));
            }
        }

        return new CheckReport(loaded, diagnostics);
    }
}
