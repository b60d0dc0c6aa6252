namespace CourseKit.Content.Model;

/// <summary>A text written once per language (<c>en</c> always present when the course is valid).</summary>
public sealed class LocalizedText
{
    /// <summary>No text in any language.</summary>
    public static readonly LocalizedText Empty = new(new Dictionary<string, string>());

    /// <summary>Wraps language → text.</summary>
    public LocalizedText(IReadOnlyDictionary<string, string> byLanguage)
    {
        ByLanguage = byLanguage;
    }

    /// <summary>Language code → text.</summary>
    public IReadOnlyDictionary<string, string> ByLanguage { get; }

    /// <summary>The text in <paramref name="language"/>, falling back to English, then to empty.</summary>
    public string Get(string language) =>
        ByLanguage.TryGetValue(language, out var text) ? text
        : ByLanguage.TryGetValue("en", out var english) ? english
        : string.Empty;

    /// <summary>The English text.</summary>
    public override string ToString() => Get("en");
}
