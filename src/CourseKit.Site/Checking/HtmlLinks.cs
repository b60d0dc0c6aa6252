using System.Net;
using System.Text.RegularExpressions;

namespace CourseKit.Site.Checking;

/// <summary>The links of a written page (<c>href</c> and <c>src</c> attributes), shared by the internal and external link checks.</summary>
internal static partial class HtmlLinks
{
    /// <summary>Every <c>href</c>/<c>src</c> value of <paramref name="html"/>, HTML-decoded, in page order.</summary>
    public static IEnumerable<string> In(string html) =>
        LinkAttribute().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[2].Success ? m.Groups[2].Value : m.Groups[4].Value));

    [GeneratedRegex("""\s(href|src)="([^"]*)"|\s(href|src)='([^']*)'""", RegexOptions.CultureInvariant)]
    private static partial Regex LinkAttribute();
}
