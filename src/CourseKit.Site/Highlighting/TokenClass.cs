namespace CourseKit.Site.Highlighting;

/// <summary>
/// The CSS classes highlighted code uses, one per kind of token, so that a stylesheet rather than inline
/// colours decides how code looks and light and dark themes are one class switch apart.
/// </summary>
/// <param name="Name">The CSS class, e.g. <c>hl-keyword</c>.</param>
/// <param name="ThemeScope">The TextMate scope whose colour in a theme gives this class's colour.</param>
/// <param name="Scopes">Scope prefixes that map to this class; the longest prefix matching a token's innermost scope wins.</param>
public sealed record TokenClass(string Name, string ThemeScope, IReadOnlyList<string> Scopes)
{
    /// <summary>The class of the <c>&lt;pre&gt;</c> around highlighted code, also the root of the stylesheets.</summary>
    public const string Block = "hl";

    /// <summary>Every token class, in the order the stylesheets list them.</summary>
    public static IReadOnlyList<TokenClass> All { get; } =
    [
        new("hl-comment", "comment", ["comment", "punctuation.definition.comment"]),
        new("hl-string", "string", ["string", "punctuation.definition.string", "constant.character"]),
        new("hl-escape", "constant.character.escape", ["constant.character.escape"]),
        new("hl-number", "constant.numeric", ["constant.numeric"]),
        new("hl-constant", "constant.language", ["constant.language", "constant.other", "support.constant"]),
        new("hl-control", "keyword.control", ["keyword.control"]),
        new("hl-keyword", "keyword", ["keyword", "storage", "keyword.operator.expression", "keyword.operator.new", "variable.language"]),
        new("hl-operator", "keyword.operator", ["keyword.operator"]),
        new("hl-type", "entity.name.type", ["entity.name.type", "entity.name.class", "entity.other.inherited-class", "support.type", "support.class"]),
        new("hl-function", "entity.name.function", ["entity.name.function", "support.function"]),
        new("hl-variable", "variable", ["variable", "entity.name.variable"]),
        new("hl-property", "support.type.property-name", ["support.type.property-name"]),
        new("hl-tag", "entity.name.tag", ["entity.name.tag"]),
        new("hl-attribute", "entity.other.attribute-name", ["entity.other.attribute-name"]),
    ];

    private static readonly (string Prefix, TokenClass Class)[] ByPrefix =
        All.SelectMany(c => c.Scopes.Select(s => (s, c))).OrderByDescending(p => p.s.Length).ToArray();

    /// <summary>
    /// The class for a token from its scopes (outermost first, as TextMate gives them): the innermost scope
    /// that any class claims decides, so a string's closing quote is a string, not punctuation.
    /// </summary>
    public static TokenClass? For(IReadOnlyList<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        for (int i = scopes.Count - 1; i >= 0; i--)
        {
            foreach (var (prefix, tokenClass) in ByPrefix)
            {
                if (Matches(scopes[i], prefix))
                {
                    return tokenClass;
                }
            }
        }
        return null;
    }

    // TextMate prefixes match whole dot-separated segments: "string" matches "string.quoted" but not "stringy".
    private static bool Matches(string scope, string prefix) =>
        scope.StartsWith(prefix, StringComparison.Ordinal) && (scope.Length == prefix.Length || scope[prefix.Length] == '.');
}
