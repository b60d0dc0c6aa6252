using System.Text;
using CourseKit.Content.Diagnostics;

namespace CourseKit.Content.Yaml;

/// <summary>Turns file bytes into text, reporting invalid UTF-8 at its line and column instead of throwing.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static string Decode(byte[] bytes, string file, DiagnosticBag diagnostics)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(span))
        {
            var (line, column) = FirstInvalid(span);
            diagnostics.Error(
                DiagnosticCodes.InvalidUtf8, file, line, column,
                "the file is not valid UTF-8",
                "save it as UTF-8 (invalid bytes are read as U+FFFD)");
        }

        return Lenient.GetString(span);
    }

    private static (int Line, int Column) FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        int line = 1, column = 1, i = 0;
        while (i < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[i..], out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return (line, column);
            }

            if (rune.Value == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }

            i += consumed;
        }

        return (line, column);
    }
}
