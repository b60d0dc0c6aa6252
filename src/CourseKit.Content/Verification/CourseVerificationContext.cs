using CourseKit.Content.FileSystem;
using CourseKit.Content.Model;

namespace CourseKit.Content.Verification;

/// <summary>What a verifier gets: the loaded course (with the loader's diagnostics) and the files, graders/ included.</summary>
/// <param name="Loaded">The course and the loader's diagnostics; verifiers may skip exercises whose files had errors.</param>
/// <param name="Files">The course's files, to read reference files and sample submissions.</param>
public sealed record CourseVerificationContext(LoadedCourse Loaded, ICourseFileSystem Files);
