using System.Text;
using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace CourseKit.Site.Highlighting;

/// <summary>
/// Highlights fenced code at build time with the VS Code TextMate grammars bundled in TextMateSharp,
/// producing spans with <see cref="TokenClass"/> CSS classes, so pages need no script to show coloured code.
/// </summary>
/// <remarks>Thread-safe; grammars are loaded on first use and kept, and so are the last few thousand blocks highlighted.</remarks>
public sealed class CodeHighlighter
{
    private const int RememberedBlocks = 4096;

    // A pathological line must not stall the build; what is left after this is emitted as plain text.
    private static readonly TimeSpan LineTimeLimit = TimeSpan.FromSeconds(1);

    // Fence names the grammars do not list themselves.
    private static readonly Dictionary<string, string> ExtraAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cs"] = "csharp",
        ["shell"] = "shellscript",
        ["console"] = "shellscript",
        ["yml"] = "yaml",
        ["py"] = "python",
    };

    private readonly RegistryOptions options = new(ThemeName.LightPlus);
    private readonly Registry registry;
    private readonly Dictionary<string, string> languageIds = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IGrammar?> grammars = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    // serve highlights the same blocks on every rebuild; a tokenizer pass costs far more than the lookup.
    private readonly Dictionary<(string Code, string? Id), HighlightedCode> done = [];

    /// <summary>Creates a highlighter over TextMateSharp's bundled grammars.</summary>
    public CodeHighlighter()
    {
        registry = new Registry(options);
        foreach (var language in options.GetAvailableLanguages())
        {
            languageIds.TryAdd(language.Id, language.Id);
            foreach (string alias in language.Aliases ?? [])
            {
                languageIds.TryAdd(alias, language.Id);
            }
        }
        foreach (var (alias, id) in ExtraAliases)
        {
            languageIds.TryAdd(alias, id);
        }
    }

    /// <summary>
    /// The grammar's language id for a fence's language (<c>csharp</c>, <c>C#</c>, <c>cs</c> → <c>csharp</c>;
    /// <c>bash</c>, <c>sh</c> → <c>shellscript</c>), or null when no bundled grammar knows it.
    /// </summary>
    public string? ResolveLanguage(string? language) =>
        !string.IsNullOrWhiteSpace(language) && languageIds.TryGetValue(language.Trim(), out string? id) ? id : null;

    /// <summary>
    /// Highlights <paramref name="code"/> as <paramref name="language"/> (the first word of the fence's info
    /// string). An unknown or missing language gives the code as escaped plain text.
    /// </summary>
    public HighlightedCode Highlight(string code, string? language)
    {
        ArgumentNullException.ThrowIfNull(code);
        string? id = ResolveLanguage(language);
        lock (gate)
        {
            if (done.TryGetValue((code, id), out var known))
            {
                return known;
            }
            if (done.Count >= RememberedBlocks)
            {
                done.Clear();
            }
            var highlighted = HighlightUncached(code, id);
            done[(code, id)] = highlighted;
            return highlighted;
        }
    }

    private HighlightedCode HighlightUncached(string code, string? id)
    {
        var html = new StringBuilder(code.Length * 2);
        var grammar = id is null ? null : GrammarFor(id);
        if (grammar is null)
        {
            Html.Escape(html, code.Replace("\r\n", "\n", StringComparison.Ordinal));
            return new HighlightedCode(html.ToString(), null);
        }
        IStateStack? state = null;
        string[] lines = code.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                html.Append('\n');
            }
            state = AppendLine(html, grammar, lines[i], state);
        }
        return new HighlightedCode(html.ToString(), id);
    }

    private IGrammar? GrammarFor(string id)
    {
        if (!grammars.TryGetValue(id, out var grammar))
        {
            string? scope = options.GetScopeByLanguageId(id);
            grammar = scope is null ? null : registry.LoadGrammar(scope);
            grammars.Add(id, grammar);
        }
        return grammar;
    }

    private static IStateStack? AppendLine(StringBuilder html, IGrammar grammar, string line, IStateStack? state)
    {
        var result = grammar.TokenizeLine(line, state, LineTimeLimit);
        int written = 0;
        TokenClass? open = null;
        // Plain whitespace waits here: it joins the open span when the next token continues it, so
        // neighbouring tokens of one class share a span (a smaller page), and otherwise stays outside.
        int pendingSpace = -1;
        foreach (var token in result.Tokens)
        {
            int start = Math.Clamp(token.StartIndex, written, line.Length);
            int end = Math.Clamp(token.EndIndex, start, line.Length);
            if (end == start)
            {
                continue;
            }
            var tokenClass = TokenClass.For(token.Scopes);
            if (tokenClass is null && open is not null && line.AsSpan(start, end - start).IsWhiteSpace())
            {
                pendingSpace = pendingSpace < 0 ? start : pendingSpace;
                written = end;
                continue;
            }
            if (tokenClass != open)
            {
                Close(html, open);
                if (pendingSpace >= 0)
                {
                    Html.Escape(html, line.AsSpan(pendingSpace, start - pendingSpace));
                }
                if (tokenClass is not null)
                {
                    html.Append("<span class=\"").Append(tokenClass.Name).Append("\">");
                }
                open = tokenClass;
            }
            else if (pendingSpace >= 0)
            {
                start = pendingSpace;
            }
            pendingSpace = -1;
            Html.Escape(html, line.AsSpan(start, end - start));
            written = end;
        }
        int rest = pendingSpace >= 0 ? pendingSpace : written;
        Close(html, open);
        Html.Escape(html, line.AsSpan(rest));
        return result.RuleStack;
    }

    private static void Close(StringBuilder html, TokenClass? open)
    {
        if (open is not null)
        {
            html.Append("</span>");
        }
    }
}
