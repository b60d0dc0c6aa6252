using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace CourseKit.Content.Markdown.HighlightMarks;

/// <summary>
/// Parses <c>(**</c> … <c>**)</c> and <c>[**</c> … <c>**]</c>. An opener is taken only when its closer follows in
/// the same block, so ordinary bold inside brackets (<c>(see **this**)</c>) is left to the emphasis parser.
/// </summary>
public sealed class HighlightMarkInlineParser : InlineParser
{
    /// <summary>Triggers on the brackets and on <c>*</c> (for closers).</summary>
    public HighlightMarkInlineParser()
    {
        OpeningCharacters = ['(', '[', '*'];
    }

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (start + 2 > slice.End)
        {
            return false;
        }

        var state = State(processor);
        var c = text[start];
        if (c == '*')
        {
            if (state.Closers.Count == 0 || state.Closers[^1] != start)
            {
                return false;
            }

            state.Closers.RemoveAt(state.Closers.Count - 1);
            Emit(processor, ref slice, isOpening: false, text[start + 2] == ')' ? '(' : '[');
            return true;
        }

        if (text[start + 1] != '*' || text[start + 2] != '*' || (start + 3 <= slice.End && text[start + 3] == '*'))
        {
            return false;
        }

        var closer = c == '(' ? "**)" : "**]";
        var from = start + 3;
        var closeAt = from <= slice.End ? text.IndexOf(closer, from, slice.End - from + 1, StringComparison.Ordinal) : -1;
        if (closeAt <= from)
        {
            return false;
        }

        state.Closers.Add(closeAt);
        Emit(processor, ref slice, isOpening: true, c);
        return true;
    }

    private static void Emit(InlineProcessor processor, ref StringSlice slice, bool isOpening, char bracket)
    {
        var position = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new HighlightMark
        {
            IsOpening = isOpening,
            Bracket = bracket,
            Span = new SourceSpan(position, position + 2),
            Line = line,
            Column = column,
        };
        slice.Start += 3;
    }

    private MarkState State(InlineProcessor processor)
    {
        // Parsers are shared by every parse of a pipeline, so per-block state lives on the processor.
        if (processor.ParserStates[Index] is MarkState state && ReferenceEquals(state.Block, processor.Block))
        {
            return state;
        }

        state = new MarkState(processor.Block);
        processor.ParserStates[Index] = state;
        return state;
    }

    private sealed class MarkState(LeafBlock? block)
    {
        public LeafBlock? Block { get; } = block;

        public List<int> Closers { get; } = [];
    }
}
