using System.Net;
using System.Text.RegularExpressions;
using CourseKit.Content.Model;
using CourseKit.Site.Pipeline;
using CourseKit.Site.Rendering;

namespace CourseKit.Site.Checking;

/// <summary>
/// Checks every internal link and anchor of the written site (pages, figures, assets): a link to a file that
/// is not there, or to an id its page does not have, is an error reported against the chapter it came from.
/// External links are <see cref="ExternalLinkChecker"/>'s, and only when asked.
/// </summary>
public sealed partial class LinkChecker : IRenderer
{
    /// <inheritdoc />
    public string Name => "links";

    /// <inheritdoc />
    public void Render(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string root = context.Options.OutputDirectory;
        var pages = context.WrittenFiles.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToArray();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (string page in pages)
        {
            ids[page] = [.. IdAttribute().Matches(File.ReadAllText(context.OutputPath(page))).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];
        }
        foreach (string page in pages)
        {
            string html = File.ReadAllText(context.OutputPath(page));
            foreach (string url in HtmlLinks.In(html))
            {
                if (IsExternal(url))
                {
                    continue;
                }
                int hash = url.IndexOf('#', StringComparison.Ordinal);
                string path = hash < 0 ? url : url[..hash];
                string fragment = hash < 0 ? "" : Uri.UnescapeDataString(url[(hash + 1)..]);
                string target = path.Length == 0 ? page : Resolve(page, Uri.UnescapeDataString(path.Split('?')[0]));
                if (target.EndsWith('/'))
                {
                    target += "index.html";
                }
                if (!File.Exists(Path.Combine(root, target.Replace('/', Path.DirectorySeparatorChar))))
                {
                    Report(context, page, url, SiteDiagnosticCodes.BrokenLink, $"the link `{url}` in {page} leads to {target}, which the site does not have");
                    continue;
                }
                if (fragment.Length > 0 && target.EndsWith(".html", StringComparison.Ordinal)
                    && (!ids.TryGetValue(target, out var targetIds) || !targetIds.Contains(fragment)))
                {
                    Report(context, page, url, SiteDiagnosticCodes.BrokenAnchor, $"the link `{url}` in {page} points at `#{fragment}`, which {target} does not have");
                }
            }
        }
    }

    private static bool IsExternal(string url) =>
        url.Length == 0 || url.StartsWith("//", StringComparison.Ordinal) || SchemePrefix().IsMatch(url);

    private static string Resolve(string page, string path)
    {
        var parts = page.Split('/').SkipLast(1).ToList();
        foreach (string part in path.Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                continue;
            }
            parts.Add(part);
        }
        return string.Join('/', parts);
    }

    // Reported against the chapter document the page came from, at the first line that mentions the link.
    private static void Report(BuildContext context, string page, string url, string code, string message)
    {
        var (file, line) = SourceOf(context.Course, page, url);
        context.Error(code, file, line, line > 0 ? 1 : 0, message, "fix the link or the label/heading it points at");
    }

    private static (string File, int Line) SourceOf(Course course, string page, string url)
    {
        foreach (var chapter in course.Chapters)
        {
            foreach (string language in course.Languages)
            {
                if (SitePaths.ChapterPage(language, chapter) != page || chapter.Document(language) is not { } document)
                {
                    continue;
                }
                int hash = url.IndexOf('#', StringComparison.Ordinal);
                string needle = hash >= 0 && hash + 1 < url.Length ? url[hash..] : Path.GetFileName(url);
                string[] lines = document.Markdown.Split('\n');
                for (int i = 0; i < lines.Length; i++)
                {
                    if (needle.Length > 0 && lines[i].Contains(needle, StringComparison.Ordinal))
                    {
                        return (document.Path, i + 1);
                    }
                }
                return (document.Path, 0);
            }
        }
        return (page, 0);
    }

    [GeneratedRegex("\\sid=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex SchemePrefix();
}
