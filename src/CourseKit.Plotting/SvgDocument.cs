using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace CourseKit.Plotting;

/// <summary>Turns Skia's SVG output into markup that is safe to inline, many figures to a page.</summary>
internal static partial class SvgDocument
{
    internal static string Tidy(string svg, int width, int height)
    {
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException("ScottPlot returned no <svg> element.");
        }
        svg = svg[start..];

        // Skia numbers clip paths from a counter shared by the whole process, so the same figure gets other
        // ids on a second render, and two figures inlined into one page could collide. Ids are renumbered
        // in order of appearance, then prefixed by a hash of the figure: deterministic, and unique per page.
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        string Local(string id)
        {
            if (!ids.TryGetValue(id, out string? local))
            {
                local = "c" + ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                ids.Add(id, local);
            }
            return local;
        }
        const string Placeholder = "\u0001";
        svg = IdAttribute().Replace(svg, m => $"id=\"{Placeholder}{Local(m.Groups[1].Value)}\"");
        svg = HrefReference().Replace(svg, m => $"{m.Groups[1].Value}=\"#{Placeholder}{Local(m.Groups[2].Value)}\"");
        svg = UrlReference().Replace(svg, m => $"url(#{Placeholder}{Local(m.Groups[1].Value)})");
        string prefix = "f" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(svg)))[..8] + "-";
        svg = svg.Replace(Placeholder, prefix, StringComparison.Ordinal);

        // Skia indents its output, which inside <text> is only noise once inlined into HTML.
        svg = SpaceAfterTag().Replace(svg, ">");
        svg = SpaceBeforeTag().Replace(svg, "<");

        // A fallback family for readers whose browser has not loaded the pinned font.
        svg = svg.Replace($"font-family=\"{PlotFonts.Family}\"", $"font-family=\"{PlotFonts.Family}, sans-serif\"", StringComparison.Ordinal);

        string open = $"width=\"{width}\" height=\"{height}\"";
        int openAt = svg.IndexOf(open, StringComparison.Ordinal);
        if (openAt < 0 || openAt > svg.IndexOf('>', StringComparison.Ordinal))
        {
            throw new InvalidOperationException("ScottPlot's <svg> element has an unexpected size.");
        }
        return string.Concat(svg.AsSpan(0, openAt), $"{open} viewBox=\"0 0 {width} {height}\"", svg.AsSpan(openAt + open.Length));
    }

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    // Only references into the document: image data URIs are hrefs too and must stay as they are.
    [GeneratedRegex("\\b((?:xlink:)?href)=\"#([^\"]+)\"")]
    private static partial Regex HrefReference();

    [GeneratedRegex(">\\s+")]
    private static partial Regex SpaceAfterTag();

    [GeneratedRegex("\\s+<")]
    private static partial Regex SpaceBeforeTag();

    [GeneratedRegex("url\\(#([^)]+)\\)")]
    private static partial Regex UrlReference();
}
