using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>
/// The connection strings written in code, wherever they stand and whatever API (if any) they reach: each string
/// literal and interpolated string, read as the whole concatenation it is part of. Almost every string is turned away
/// on its own written text (<see cref="ConnectionStringCandidates"/>) before anything else is looked at.
/// </summary>
internal static class WrittenConnectionStrings
{
    /// <summary>The syntax kinds that start a connection string's text: the analyzer's callback runs for these alone.</summary>
    public static readonly ImmutableArray<SyntaxKind> StringKinds = ImmutableArray.Create(SyntaxKind.StringLiteralExpression, SyntaxKind.InterpolatedStringExpression);

    private static readonly Func<string, bool> MayHoldConnectionString = ConnectionStringCandidates.Any;

    /// <summary>
    /// The characters a string literal writes around its value: two quotes, or more (<c>@""</c>, raw strings). Only a
    /// literal cut off at the end of the file has fewer, and no connection string fits in the one character it gains.
    /// </summary>
    private const int QuotesWidth = 2;

    /// <summary>
    /// The connection string <paramref name="str"/> (of <see cref="StringKinds"/>) writes, with its endpoints: the
    /// whole concatenation it is part of, read once, from its first string that may hold one; null when there is none.
    /// Whether it is in generated code is left to <see cref="IsInGeneratedCode"/>, asked once it has something to report.
    /// </summary>
    public static (ExpressionSyntax Whole, List<ConnectionEndpoint> Endpoints)? At(ExpressionSyntax str)
    {
        // Almost every string leaves here, on its own text, before its concatenation is looked at.
        if (!MayHoldOne(str) || FollowsOneThatMayHoldOne(str))
        {
            return null;
        }

        var whole = StringExpressionText.WholeString(str);
        return StringExpressionText.WrittenEndpoints(whole) is { Count: > 0 } endpoints ? (whole, endpoints) : null;
    }

    /// <summary>
    /// Whether the text written in a string literal or interpolated string may hold a connection string; false for any
    /// other part. A third of a codebase's literals are shorter than any candidate: their token's width, quotes and
    /// trivia included, says so before their value is read.
    /// </summary>
    private static bool MayHoldOne(ExpressionSyntax part)
        => !(part is LiteralExpressionSyntax literal && literal.FullSpan.Length - QuotesWidth < ConnectionStringCandidates.ShortestCandidate)
           && StringExpressionText.AnyTextWritten(part, MayHoldConnectionString);

    /// <summary>
    /// Whether a part written before <paramref name="str"/> in its concatenation may hold a connection string, so that
    /// the whole is read from that one. Walked back part by part through the parents, without allocating: a long
    /// concatenation costs each of its strings only the parts back to the previous one that may hold one.
    /// </summary>
    private static bool FollowsOneThatMayHoldOne(ExpressionSyntax str)
    {
        for (var part = StringExpressionText.PartBefore(str); part is not null; part = StringExpressionText.PartBefore(part))
        {
            if (MayHoldOne(part))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="node"/> is in a type or member marked <c>[GeneratedCode]</c>, as every check of the
    /// package treats it: the driver leaves out a property's accessors and the parts of a partial type whose other
    /// part is marked. Asked only for the few strings that report: the enclosing symbol of a position costs a semantic
    /// model of its member, which was a tenth of the analyzers' time on the generated codebase when every connection
    /// string asked.
    /// </summary>
    public static bool IsInGeneratedCode(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
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
