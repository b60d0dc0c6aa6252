using System.Text.RegularExpressions;

namespace CourseKit.Content.Loading;

/// <summary>What a language code looks like (<c>en</c>, <c>zh</c>, <c>pt-BR</c>).</summary>
internal static partial class LanguageCodes
{
    public static bool IsLanguageLike(string code) => Pattern().IsMatch(code);

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z]{2,4})?$")]
    private static partial Regex Pattern();
}
