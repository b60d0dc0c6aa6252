using CourseKit.Content.Model;

namespace CourseKit.Content.Loading;

/// <summary>
/// Parses an entry signature such as <c>double[] Gradient(double[] x)</c>. Errors are returned with the 0-based
/// offset in the text they concern, so the loader can point at the exact column.
/// </summary>
internal static class EntryParser
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "case", "catch", "class", "const", "continue", "default", "delegate",
        "do", "double", "else", "enum", "event", "false", "finally", "for", "foreach", "if", "in", "int", "interface",
        "is", "new", "null", "object", "out", "params", "private", "public", "ref", "return", "static", "string",
        "this", "throw", "true", "try", "typeof", "var", "void", "while",
    };

    /// <summary>The supported type spellings (whitespace removed) and what they mean.</summary>
    private static readonly Dictionary<string, EntryType> Types = new(StringComparer.Ordinal)
    {
        ["double"] = EntryType.Double,
        ["System.Double"] = EntryType.Double,
        ["double[]"] = EntryType.DoubleArray,
        ["double[,]"] = EntryType.DoubleMatrix,
        ["Func<double,double>"] = EntryType.Function,
        ["System.Func<double,double>"] = EntryType.Function,
        ["ScottPlot.Plot"] = EntryType.Plot,
        ["Plot"] = EntryType.Plot,
        ["string"] = EntryType.String,
        ["int"] = EntryType.Int,
    };

    public const string Supported = "double, double[], double[,], Func<double, double>, ScottPlot.Plot, string, int";

    public sealed record Error(int Offset, string Message, bool UnsupportedType);

    public static (EntrySignature? Signature, Error? Error) Parse(string text)
    {
        var position = 0;
        SkipSpace(text, ref position);
        var (returnType, returnError) = ReadType(text, ref position);
        if (returnError is not null)
        {
            return (null, returnError);
        }

        SkipSpace(text, ref position);
        var nameStart = position;
        var name = ReadIdentifier(text, ref position);
        if (name is null)
        {
            return (null, new Error(nameStart, "expected the method name after the return type", false));
        }

        if (Keywords.Contains(name))
        {
            return (null, new Error(nameStart, $"`{name}` is a C# keyword and cannot be the method name", false));
        }

        SkipSpace(text, ref position);
        if (!Expect(text, ref position, '('))
        {
            return (null, new Error(position, "expected `(` after the method name", false));
        }

        var parameters = new List<EntryParameter>();
        SkipSpace(text, ref position);
        if (!Expect(text, ref position, ')'))
        {
            while (true)
            {
                SkipSpace(text, ref position);
                var (type, typeError) = ReadType(text, ref position);
                if (typeError is not null)
                {
                    return (null, typeError);
                }

                SkipSpace(text, ref position);
                var parameterStart = position;
                var parameter = ReadIdentifier(text, ref position);
                if (parameter is null || Keywords.Contains(parameter))
                {
                    return (null, new Error(parameterStart, "expected a parameter name", false));
                }

                if (parameters.Any(p => p.Name == parameter))
                {
                    return (null, new Error(parameterStart, $"parameter `{parameter}` appears twice", false));
                }

                parameters.Add(new EntryParameter(type!.Value, parameter));
                SkipSpace(text, ref position);
                if (Expect(text, ref position, ')'))
                {
                    break;
                }

                if (!Expect(text, ref position, ','))
                {
                    return (null, new Error(position, "expected `,` or `)` after a parameter", false));
                }
            }
        }

        SkipSpace(text, ref position);
        Expect(text, ref position, ';');
        SkipSpace(text, ref position);
        if (position < text.Length)
        {
            return (null, new Error(position, "unexpected text after the signature", false));
        }

        return (new EntrySignature(returnType!.Value, name, parameters, text.Trim()), null);
    }

    private static (EntryType? Type, Error? Error) ReadType(string text, ref int position)
    {
        var start = position;
        var depth = 0;
        var spelled = new System.Text.StringBuilder();
        while (position < text.Length)
        {
            var c = text[position];
            if (char.IsLetterOrDigit(c) || c is '_' or '.')
            {
                spelled.Append(c);
            }
            else if (c is '<' or '[')
            {
                depth++;
                spelled.Append(c);
            }
            else if (c is '>' or ']')
            {
                depth--;
                spelled.Append(c);
                if (depth < 0)
                {
                    return (null, new Error(position, $"unbalanced `{c}` in a type", false));
                }
            }
            else if (c == ',' && depth > 0)
            {
                spelled.Append(c);
            }
            else if (char.IsWhiteSpace(c) && depth > 0)
            {
                // Spaces inside generic arguments are allowed: Func<double, double>.
            }
            else if (char.IsWhiteSpace(c) && position + 1 < text.Length && text[position + 1] is '[' or '<')
            {
                // "double []" reads as "double[]".
            }
            else
            {
                break;
            }

            position++;
        }

        var type = spelled.ToString();
        if (type.Length == 0)
        {
            return (null, new Error(start, "expected a type", false));
        }

        if (depth != 0)
        {
            return (null, new Error(start, $"unbalanced brackets in type `{type}`", false));
        }

        return Types.TryGetValue(type, out var entryType)
            ? (entryType, null)
            : (null, new Error(start, $"type `{type}` is not supported in an entry", true));
    }

    private static string? ReadIdentifier(string text, ref int position)
    {
        var start = position;
        if (position >= text.Length || !(char.IsLetter(text[position]) || text[position] == '_'))
        {
            return null;
        }

        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_'))
        {
            position++;
        }

        return text[start..position];
    }

    private static bool Expect(string text, ref int position, char c)
    {
        if (position < text.Length && text[position] == c)
        {
            position++;
            return true;
        }

        return false;
    }

    private static void SkipSpace(string text, ref int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }
}
