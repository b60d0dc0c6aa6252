using CourseKit.Content.Diagnostics;
using CourseKit.Content.FileSystem;
using CourseKit.Content.Model;

namespace CourseKit.Content.Loading;

/// <summary>Lists an exercise's sample submissions under graders/ by name; their text is never read.</summary>
internal static class GraderReader
{
    public static List<GraderSample> Samples(DiagnosticBag diagnostics, ICourseFileSystem files, string folder, string? referenceFile)
    {
        var result = new List<GraderSample>();
        if (!files.DirectoryExists(folder))
        {
            return result;
        }

        foreach (var path in files.GetFiles(folder))
        {
            var name = CoursePath.FileName(path);
            if (!name.EndsWith(".csx", StringComparison.Ordinal) || path == referenceFile || name.StartsWith("reference", StringComparison.Ordinal))
            {
                continue;
            }

            var match = GraderSample.Prefixes.FirstOrDefault(p => name.StartsWith(p.Prefix, StringComparison.Ordinal));
            if (match.Prefix is null)
            {
                var dash = name.IndexOf('-', StringComparison.Ordinal);
                var written = dash > 0 ? name[..(dash + 1)] : name;
                var close = Suggestions.Closest(written, GraderSample.Prefixes.Select(p => p.Prefix));
                diagnostics.Error(
                    DiagnosticCodes.UnknownSampleVerdict, path, 0, 0,
                    $"sample `{name}` does not start with a verdict",
                    close is null
                        ? $"name it `correct-…`, `wrong-…`, or another verdict prefix listed in docs/AUTHORING.md"
                        : $"did you mean `{close}…`?");
                continue;
            }

            result.Add(new GraderSample(path, match.Verdict));
        }

        return result;
    }
}
