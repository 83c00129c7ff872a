using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>
/// The connection strings written in code, wherever they stand and whatever API (if any) they reach: each string
/// literal and interpolated string, read as the whole concatenation it is part of. Almost every string is turned away
/// on its written text (<see cref="ConnectionStringCandidates"/>) before anything is parsed.
/// </summary>
internal static class WrittenConnectionStrings
{
    /// <summary>The syntax kinds that start a connection string's text: the analyzer's callback runs for these alone.</summary>
    public static readonly SyntaxKind[] StringKinds = { SyntaxKind.StringLiteralExpression, SyntaxKind.InterpolatedStringExpression };

    private static readonly Func<string, bool> MayHoldConnectionString = ConnectionStringCandidates.Any;

    /// <summary>
    /// The connection string <paramref name="str"/> (of <see cref="StringKinds"/>) writes, with its endpoints: the
    /// whole concatenation it is part of, read once, from its first string; null when there is none.
    /// </summary>
    public static (ExpressionSyntax Whole, List<ConnectionEndpoint> Endpoints)? At(ExpressionSyntax str, SemanticModel model, CancellationToken cancellationToken)
    {
        var whole = StringExpressionText.WholeString(str);
        if (whole != str && FirstString(whole) != str)
        {
            return null;
        }

        return StringExpressionText.AnyWrittenText(whole, MayHoldConnectionString)
            && StringExpressionText.WrittenEndpoints(whole) is { Count: > 0 } endpoints
            && !IsInGeneratedCode(model, whole, cancellationToken)
            ? (whole, endpoints)
            : null;
    }

    /// <summary>
    /// The first string literal or interpolated string of a concatenation, in the order it is written: the leftmost
    /// part, else the leftmost part of the next right operand up the tree. Walked by the parents, as this runs for
    /// every string of every concatenation.
    /// </summary>
    private static ExpressionSyntax? FirstString(ExpressionSyntax whole)
    {
        var part = LeftmostPart(whole);
        while (!part.IsKind(SyntaxKind.StringLiteralExpression) && !part.IsKind(SyntaxKind.InterpolatedStringExpression))
        {
            // Inside the whole, every parent is a parenthesis or a concatenation.
            while (true)
            {
                if (part == whole)
                {
                    return null;
                }

                if (part.Parent is BinaryExpressionSyntax concatenation && concatenation.Left == part)
                {
                    part = LeftmostPart(concatenation.Right);
                    break;
                }

                part = (ExpressionSyntax)part.Parent!;
            }
        }

        return part;
    }

    /// <summary>The part of a concatenation written first: its left operands and parentheses entered to the end.</summary>
    private static ExpressionSyntax LeftmostPart(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    break;
                case BinaryExpressionSyntax concatenation when concatenation.IsKind(SyntaxKind.AddExpression):
                    expression = concatenation.Left;
                    break;
                default:
                    return expression;
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="node"/> is in a type or member marked <c>[GeneratedCode]</c>, as every check of the
    /// package treats it: the driver leaves out a property's accessors and the parts of a partial type whose other
    /// part is marked. Asked only for the few strings that report.
    /// </summary>
    private static bool IsInGeneratedCode(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
    {
        // An attribute argument belongs to the declaration the attribute is on, which does not enclose its position.
        var attributed = node.FirstAncestorOrSelf<AttributeListSyntax>()?.Parent;
        var enclosing = (attributed is null ? null : model.GetDeclaredSymbol(attributed, cancellationToken))
            ?? model.GetEnclosingSymbol(attributed?.SpanStart ?? node.SpanStart, cancellationToken);
        for (var symbol = enclosing; symbol is not null and not INamespaceSymbol; symbol = symbol.ContainingSymbol)
        {
            if (HasGeneratedCodeAttribute(symbol) || (symbol is IMethodSymbol { AssociatedSymbol: { } property } && HasGeneratedCodeAttribute(property)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasGeneratedCodeAttribute(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (KnownTypes.Instance.GeneratedCodeAttribute.Matches(attribute.AttributeClass))
            {
                return true;
            }
        }

        return false;
    }
}
