using System.Text;

namespace CourseKit.Site.Highlighting;

/// <summary>Escaping for text placed in HTML element content and attribute values.</summary>
internal static class Html
{
    // WebUtility.HtmlEncode would also turn every non-ASCII character into an entity, which makes Chinese
    // comments unreadable in the page source; only the characters that mean something in HTML are escaped.
    internal static void Escape(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                default: html.Append(c); break;
            }
        }
    }
}
