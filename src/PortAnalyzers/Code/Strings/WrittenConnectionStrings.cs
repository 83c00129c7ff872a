using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>
/// The connection strings written in one source file, wherever they stand and whatever API (if any) they reach.
/// The file's text is scanned once (<see cref="ConnectionStringCandidates"/>) and only the strings at the positions
/// found are read, so a file without a connection string costs one vectorized pass and no string costs a callback.
/// </summary>
internal static class WrittenConnectionStrings
{
    private static readonly char[] LineBreaks = { '\n', '\r' };
    private static readonly char[] QuoteOrBrace = { '"', '}' };

    public static IEnumerable<(ExpressionSyntax String, List<ConnectionEndpoint> Endpoints)> In(SemanticModel model, CancellationToken cancellationToken)
    {
        var tree = model.SyntaxTree;
        var positions = new List<int>();

        // Free for the texts parsed from a string (the usual case); a file large enough to be kept in chunks is copied once.
        var text = tree.GetText(cancellationToken).ToString();
        ConnectionStringCandidates.Find(text, positions, cancellationToken);
        if (positions.Count == 0)
        {
            yield break;
        }

        var root = tree.GetRoot(cancellationToken);
        var read = new HashSet<ExpressionSyntax>();
        bool? multiLineStrings = null;
        foreach (var position in positions)
        {
            // Most positions are code (var port = …): those are left before the token is looked up, which walks the tree.
            if (!FollowsQuoteOrBraceOnItsLine(text, position) && !(multiLineStrings ??= HasMultiLineStrings(text)))
            {
                continue;
            }

            if (StringExpressionText.WholeStringAt(root, position) is { } whole && read.Add(whole)
                && StringExpressionText.WrittenEndpoints(whole) is { Count: > 0 } endpoints
                && !IsInGeneratedCode(model, whole, cancellationToken))
            {
                yield return (whole, endpoints);
            }
        }
    }

    /// <summary>
    /// Whether the file has a string that may span lines: verbatim (<c>@"</c>, <c>$@"</c>, <c>@$"</c>) or raw
    /// (<c>"""</c>). Without one, every string starts on the line where its text is, after a quote, or, for the text
    /// after an interpolation's hole that spans lines, after the hole's closing brace.
    /// </summary>
    private static bool HasMultiLineStrings(string text)
    {
        // '@' is rare in C#, so its search is the fast one; a raw string is found by its three quotes.
        for (var at = text.IndexOf('@'); at >= 0; at = text.IndexOf('@', at + 1))
        {
            var next = at + 1 < text.Length && text[at + 1] == '$' ? at + 2 : at + 1;
            if (next < text.Length && text[next] == '"')
            {
                return true;
            }
        }

        return text.IndexOf("\"\"\"", StringComparison.Ordinal) >= 0;
    }

    /// <summary>Whether a quote or a closing brace stands before <paramref name="position"/> on its line: else, in a file without <see cref="HasMultiLineStrings"/>, it is not in a string.</summary>
    private static bool FollowsQuoteOrBraceOnItsLine(string text, int position)
    {
        var lineStart = position == 0 ? 0 : text.LastIndexOfAny(LineBreaks, position - 1) + 1;
        return text.IndexOfAny(QuoteOrBrace, lineStart, position - lineStart) >= 0;
    }

    /// <summary>
    /// Whether <paramref name="node"/> is in a type or member marked <c>[GeneratedCode]</c>, which the driver leaves
    /// out of the per-node actions but not out of a per-file one. Asked only for the few strings that report.
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
