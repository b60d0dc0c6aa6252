using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CourseKit.Grading.Compiling;

/// <summary>
/// Cheap guards that run before the expensive or recursive parts of Roslyn. Binding lambdas nested in
/// overloaded calls costs (overloads)^(depth), so a few characters can keep Roslyn busy for minutes without
/// it noticing a cancellation; very deep brackets make its parser recurse until the stack overflows, which
/// would kill the grading process. Exercise answers need neither.
/// </summary>
internal static class NestingGuard
{
    /// <summary>Finds the first lambda nested deeper than the limit, from the syntax tree alone.</summary>
    public static GradingDiagnostic? FindDeepLambdas(SyntaxTree tree, int limit, CancellationToken cancellationToken)
    {
        foreach (var lambda in tree.GetRoot(cancellationToken).DescendantNodes().OfType<AnonymousFunctionExpressionSyntax>())
        {
            var depth = lambda.AncestorsAndSelf().Count(n => n is AnonymousFunctionExpressionSyntax);
            if (depth > limit)
            {
                var start = lambda.GetLocation().GetLineSpan().StartLinePosition;
                return new GradingDiagnostic(start.Line + 1, start.Character + 1, "CK0003", $"lambdas are nested more than {limit} deep; split them into named methods");
            }
        }

        return null;
    }

    /// <summary>
    /// Finds where (, [, { or &lt; first nest deeper than the limit, scanning characters before any parsing.
    /// Brackets inside strings and comments count too, which only ever errs towards refusing; a &lt; that is a
    /// comparison is forgotten at the end of its statement.
    /// </summary>
    public static GradingDiagnostic? FindDeepBrackets(string source, int limit)
    {
        int depth = 0, angles = 0, line = 1, column = 0;
        foreach (var c in source)
        {
            column++;
            switch (c)
            {
                case '\n':
                    line++;
                    column = 0;
                    break;
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '<':
                    angles++;
                    break;
                case '>':
                    angles = Math.Max(0, angles - 1);
                    break;
                case ';':
                    angles = 0;
                    break;
                default:
                    break;
            }

            if (depth > limit || angles > limit)
            {
                return new GradingDiagnostic(line, column, "CK0004", $"brackets are nested more than {limit} deep");
            }
        }

        return null;
    }
}
