using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace CourseKit.Content.Markdown.CrossReferences;

/// <summary>Parses <c>:role:`name`</c> where the colon does not follow a letter or digit.</summary>
public sealed class CrossReferenceInlineParser : InlineParser
{
    private const int MaxRoleLength = 20;
    private const int MaxNameLength = 200;

    /// <summary>Triggers on <c>:</c>.</summary>
    public CrossReferenceInlineParser()
    {
        OpeningCharacters = [':'];
    }

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var previous = slice.PeekCharExtra(-1);
        if (char.IsLetterOrDigit(previous))
        {
            return false;
        }

        var text = slice.Text;
        var start = slice.Start;
        var end = slice.End;
        var i = start + 1;
        while (i <= end && i - start <= MaxRoleLength && text[i] is >= 'a' and <= 'z')
        {
            i++;
        }

        if (i == start + 1 || i + 1 > end || text[i] != ':' || text[i + 1] != '`')
        {
            return false;
        }

        var roleName = text.Substring(start + 1, i - start - 1);
        var nameStart = i + 2;
        var j = nameStart;
        while (j <= end && j - nameStart <= MaxNameLength && text[j] != '`' && text[j] != '\n' && text[j] != '\r')
        {
            j++;
        }

        if (j > end || text[j] != '`')
        {
            return false;
        }

        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new CrossReferenceInline
        {
            Role = Parse(roleName),
            RoleName = roleName,
            Name = text.Substring(nameStart, j - nameStart),
            Span = new SourceSpan(position, position + (j - start)),
            Line = line,
            Column = column,
        };
        slice.Start = j + 1;
        return true;
    }

    /// <summary>The role for a role name, or <see cref="CrossReferenceRole.Unknown"/>.</summary>
    public static CrossReferenceRole Parse(string roleName) => roleName switch
    {
        "label" => CrossReferenceRole.Label,
        "eqlabel" => CrossReferenceRole.EqLabel,
        "numref" => CrossReferenceRole.NumRef,
        "eqref" => CrossReferenceRole.EqRef,
        "ref" => CrossReferenceRole.Ref,
        _ => CrossReferenceRole.Unknown,
    };

    /// <summary>The role names this parser knows, for "did you mean" suggestions.</summary>
    public static IReadOnlyList<string> RoleNames { get; } = ["label", "eqlabel", "numref", "eqref", "ref"];
}
