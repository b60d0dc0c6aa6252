using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CourseKit.Grading.Gate;

/// <summary>
/// The gate: walks every syntax node of a script with its semantic model and refuses what the allowlist
/// does not name. It asks for the bound symbol and the inferred type of every expression, so <c>var</c>,
/// aliases, extension methods and <c>using static</c> hide nothing; the language features that escape the
/// managed sandbox (unsafe code, extern, finalizers, async, attributes) are refused by their syntax.
/// </summary>
public static class SemanticGate
{
    /// <summary>Violations beyond this many are not listed; the first ones are what the learner fixes.</summary>
    public const int MaxReported = 20;

    /// <summary>Checks a compilation and returns its violations in source order (empty when it may run).</summary>
    /// <param name="compilation">The learner's script compilation.</param>
    /// <param name="allowlist">What the script may use.</param>
    /// <param name="forbiddenIdentifiers">Names this exercise forbids, e.g. <c>Cos</c>.</param>
    /// <param name="cancellationToken">Cancelled when the compile time limit runs out.</param>
    public static IReadOnlyList<GradingDiagnostic> Check(
        Compilation compilation,
        ApiAllowlist allowlist,
        IReadOnlyCollection<string> forbiddenIdentifiers,
        CancellationToken cancellationToken)
    {
        var walker = new Walker(compilation, allowlist, forbiddenIdentifiers, cancellationToken);
        foreach (var tree in compilation.SyntaxTrees)
        {
            walker.Visit(tree);
        }

        return walker.Found;
    }

    private sealed class Walker(
        Compilation compilation,
        ApiAllowlist allowlist,
        IReadOnlyCollection<string> forbidden,
        CancellationToken cancellationToken)
    {
        private readonly List<GradingDiagnostic> _found = [];
        private readonly HashSet<(int Line, string Name)> _seen = [];

        public IReadOnlyList<GradingDiagnostic> Found =>
            [.. _found.OrderBy(d => d.Line).ThenBy(d => d.Column).Take(MaxReported)];

        public void Visit(SyntaxTree tree)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodesAndSelf(descendIntoTrivia: true))
            {
                cancellationToken.ThrowIfCancellationRequested();
                CheckSyntax(node);
                if (node is SimpleNameSyntax name && forbidden.Contains(name.Identifier.ValueText))
                {
                    Report(node, name.Identifier.ValueText, "CK0102", $"{name.Identifier.ValueText} is not allowed in this exercise");
                }

                if (node is ExpressionSyntax expression)
                {
                    var info = model.GetSymbolInfo(expression, cancellationToken);
                    CheckSymbol(node, info.Symbol);
                    foreach (var candidate in info.CandidateSymbols)
                    {
                        CheckSymbol(node, candidate);
                    }

                    var type = model.GetTypeInfo(expression, cancellationToken);
                    CheckType(node, type.Type);
                    CheckType(node, type.ConvertedType);
                }

                if (node is VariableDeclaratorSyntax or SingleVariableDesignationSyntax or ParameterSyntax or ForEachStatementSyntax)
                {
                    CheckSymbol(node, model.GetDeclaredSymbol(node, cancellationToken));
                }
            }
        }

        private void CheckSyntax(SyntaxNode node)
        {
            string? feature = node switch
            {
                UnsafeStatementSyntax or FixedStatementSyntax or PointerTypeSyntax or FunctionPointerTypeSyntax => "unsafe code",
                MemberDeclarationSyntax m when m.Modifiers.Any(SyntaxKind.UnsafeKeyword) => "unsafe code",
                LocalFunctionStatementSyntax l when l.Modifiers.Any(SyntaxKind.UnsafeKeyword) => "unsafe code",
                MemberDeclarationSyntax m when m.Modifiers.Any(SyntaxKind.ExternKeyword) => "extern",
                LocalFunctionStatementSyntax l when l.Modifiers.Any(SyntaxKind.ExternKeyword) => "extern",
                ExternAliasDirectiveSyntax => "extern alias",
                DestructorDeclarationSyntax => "a finalizer (~Type)",
                MemberDeclarationSyntax m when m.Modifiers.Any(SyntaxKind.AsyncKeyword) => "async code",
                LocalFunctionStatementSyntax l when l.Modifiers.Any(SyntaxKind.AsyncKeyword) => "async code",
                AnonymousFunctionExpressionSyntax f when f.Modifiers.Any(SyntaxKind.AsyncKeyword) => "async code",
                AwaitExpressionSyntax => "await",
                LockStatementSyntax => "lock",
                AttributeListSyntax => "attributes",
                MakeRefExpressionSyntax or RefTypeExpressionSyntax or RefValueExpressionSyntax => "typed references (__makeref)",
                ReferenceDirectiveTriviaSyntax => "#r",
                LoadDirectiveTriviaSyntax => "#load",
                _ => null,
            };
            if (node is ExpressionSyntax e && e.IsKind(SyntaxKind.ArgListExpression))
            {
                feature = "__arglist";
            }

            if (feature is not null)
            {
                Report(node, feature, "CK0101", $"{feature} is not available in exercises");
            }
        }

        private void CheckSymbol(SyntaxNode node, ISymbol? symbol)
        {
            var offender = Offender(symbol);
            if (offender is not null)
            {
                Report(node, offender, "CK0100", $"{offender} is not available in exercises");
            }
        }

        private void CheckType(SyntaxNode node, ITypeSymbol? type)
        {
            var offender = OffenderType(type);
            if (offender is not null)
            {
                Report(node, offender, "CK0100", $"{offender} is not available in exercises");
            }
        }

        private string? Offender(ISymbol? symbol)
        {
            switch (symbol)
            {
                case null or INamespaceSymbol or ILabelSymbol or IRangeVariableSymbol or IPreprocessingSymbol:
                    return null;
                case IAliasSymbol alias:
                    return Offender(alias.Target);
                case ITypeSymbol type:
                    return OffenderType(type);
                case ILocalSymbol local:
                    return OffenderType(local.Type);
                case IParameterSymbol parameter:
                    return OffenderType(parameter.Type);
                case IDiscardSymbol discard:
                    return OffenderType(discard.Type);
                case IMethodSymbol method:
                    method = method.ReducedFrom ?? method;
                    foreach (var argument in method.TypeArguments)
                    {
                        if (OffenderType(argument) is { } bad)
                        {
                            return bad;
                        }
                    }

                    return OffenderMember(method) ?? OffenderType(method.ReturnType);
                case IPropertySymbol property:
                    return OffenderMember(property) ?? OffenderType(property.Type);
                case IFieldSymbol field:
                    return OffenderMember(field) ?? OffenderType(field.Type);
                case IEventSymbol @event:
                    return OffenderMember(@event) ?? OffenderType(@event.Type);
                default:
                    // A symbol kind this gate does not know is refused rather than waved through.
                    return symbol.ToDisplayString();
            }
        }

        private string? OffenderMember(ISymbol member)
        {
            var container = member.ContainingType;
            if (container is null || IsFromSubmission(container))
            {
                return null;
            }

            if (OffenderType(container) is { } bad)
            {
                return bad;
            }

            var definition = container.OriginalDefinition;
            var name = FullName(definition);
            return allowlist.AllowsMember(name, member.Name) ? null : $"{name}.{member.Name}";
        }

        private string? OffenderType(ITypeSymbol? type)
        {
            switch (type)
            {
                case null or ITypeParameterSymbol or IErrorTypeSymbol:
                    return null;
                case { TypeKind: TypeKind.Dynamic }:
                    return "dynamic";
                case IArrayTypeSymbol array:
                    return OffenderType(array.ElementType);
                case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                    return "unsafe code (pointers)";
                case INamedTypeSymbol named:
                    if (!IsFromSubmission(named))
                    {
                        var outer = named.OriginalDefinition;
                        while (outer.ContainingType is not null)
                        {
                            outer = outer.ContainingType.OriginalDefinition;
                        }

                        if (!allowlist.AllowsType(outer.ContainingNamespace.IsGlobalNamespace ? string.Empty : outer.ContainingNamespace.ToDisplayString(), outer.MetadataName))
                        {
                            return FullName(named.OriginalDefinition);
                        }
                    }

                    foreach (var argument in named.TypeArguments)
                    {
                        if (OffenderType(argument) is { } bad)
                        {
                            return bad;
                        }
                    }

                    return null;
                default:
                    return type.ToDisplayString();
            }
        }

        private bool IsFromSubmission(ISymbol symbol) =>
            SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, compilation.Assembly);

        private static string FullName(INamedTypeSymbol type)
        {
            // Display names without generic arguments: System.IO.File, System.Func.
            var format = new SymbolDisplayFormat(
                typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
                genericsOptions: SymbolDisplayGenericsOptions.None);
            return type.ToDisplayString(format);
        }

        private void Report(SyntaxNode node, string name, string code, string message)
        {
            var position = node.GetLocation().GetLineSpan().StartLinePosition;
            if (_seen.Add((position.Line, name)))
            {
                _found.Add(new GradingDiagnostic(position.Line + 1, position.Character + 1, code, message));
            }
        }
    }
}
