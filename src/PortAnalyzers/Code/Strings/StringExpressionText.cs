using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>
/// The connection strings written in code, read from syntax alone: a string's endpoints are in its written text, so
/// no operation or symbol is needed. A string built by concatenation or interpolation is read as a whole, with a
/// <see cref="PartialText.Hole"/> for each part that is not written there.
/// </summary>
internal static class StringExpressionText
{
    /// <summary>
    /// The endpoints of the connection string <paramref name="whole"/> (from <see cref="WholeString"/>) holds; null
    /// when it is not one, or when it stands in an interpolation, whose string reads it as a hole.
    /// </summary>
    public static List<ConnectionEndpoint>? WrittenEndpoints(ExpressionSyntax whole)
    {
        if (whole.Parent is InterpolationSyntax)
        {
            return null;
        }

        if (whole is LiteralExpressionSyntax literal)
        {
            var text = WrittenText(literal.Token);
            return ConnectionStrings.MayBeConnectionString(text) ? ConnectionStrings.Parse(text) : null;
        }

        if (!AnyPartWritten(whole, ConnectionStrings.MayBeStructured))
        {
            return null;
        }

        var builder = new StringBuilder();
        AppendWritten(whole, builder);
        return ConnectionStrings.Parse(builder.ToString());
    }

    /// <summary>The outermost concatenation <paramref name="str"/> (a string literal or interpolated string) is part of, or itself.</summary>
    public static ExpressionSyntax WholeString(ExpressionSyntax str)
    {
        var current = str;
        while (current.Parent is ParenthesizedExpressionSyntax or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression })
        {
            current = (ExpressionSyntax)current.Parent;
        }

        return current;
    }

    /// <summary>
    /// Whether the text written in <paramref name="str"/>, a string literal or interpolated string on its own (its
    /// texts, not its holes), satisfies <paramref name="predicate"/>; false for any other part of a concatenation.
    /// </summary>
    public static bool AnyTextWritten(ExpressionSyntax str, Func<string, bool> predicate)
    {
        switch (str)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                return predicate(WrittenText(literal.Token));
            case InterpolatedStringExpressionSyntax interpolated:
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolatedStringTextSyntax text && predicate(WrittenText(text.TextToken)))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>
    /// The part written just before <paramref name="part"/> in the concatenation it belongs to (see
    /// <see cref="WholeString"/>); null at its start. Walked through the parents, without allocating.
    /// </summary>
    public static ExpressionSyntax? PartBefore(ExpressionSyntax part)
    {
        while (true)
        {
            switch (part.Parent)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    part = parenthesized;
                    break;
                case BinaryExpressionSyntax concatenation when concatenation.IsKind(SyntaxKind.AddExpression):
                    if (concatenation.Right == part)
                    {
                        return LastPart(concatenation.Left);
                    }

                    part = concatenation;
                    break;
                default:
                    return null;
            }
        }
    }

    /// <summary>Whether a part of <paramref name="whole"/> (from <see cref="WholeString"/>) has written text that satisfies <paramref name="predicate"/>.</summary>
    private static bool AnyPartWritten(ExpressionSyntax whole, Func<string, bool> predicate)
    {
        for (ExpressionSyntax? part = LastPart(whole); part is not null; part = PartBefore(part))
        {
            if (AnyTextWritten(part, predicate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The part of a concatenation written last: its right operands and parentheses entered to the end.</summary>
    private static ExpressionSyntax LastPart(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    break;
                case BinaryExpressionSyntax concatenation when concatenation.IsKind(SyntaxKind.AddExpression):
                    expression = concatenation.Right;
                    break;
                default:
                    return expression;
            }
        }
    }

    /// <summary>
    /// The parts of a string expression, in order: its literals and interpolated-string texts (written, see
    /// <see cref="TextOf"/>), and anything else (a name, a call, an interpolation, even a constant) as a hole, not entered.
    /// </summary>
    private static IEnumerable<SyntaxNode> Parts(ExpressionSyntax whole)
    {
        var pending = new Stack<SyntaxNode>();
        pending.Push(whole);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    pending.Push(parenthesized.Expression);
                    break;
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                    pending.Push(binary.Right);
                    pending.Push(binary.Left);
                    break;
                case InterpolatedStringExpressionSyntax interpolated:
                    for (var i = interpolated.Contents.Count - 1; i >= 0; i--)
                    {
                        pending.Push(interpolated.Contents[i]);
                    }

                    break;
                case var part:
                    yield return part;
                    break;
            }
        }
    }

    /// <summary>The text of <paramref name="whole"/>, with one hole for each run of parts that are not written there.</summary>
    private static void AppendWritten(ExpressionSyntax whole, StringBuilder builder)
    {
        foreach (var part in Parts(whole))
        {
            if (TextOf(part) is { } text)
            {
                builder.Append(text);
            }
            else if (builder.Length == 0 || builder[builder.Length - 1] != PartialText.Hole)
            {
                builder.Append(PartialText.Hole);
            }
        }
    }

    /// <summary>The text of a written part; null for a hole.</summary>
    private static string? TextOf(SyntaxNode part) => part switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => WrittenText(literal.Token),
        InterpolatedStringTextSyntax text => WrittenText(text.TextToken),
        _ => null,
    };

    /// <summary>
    /// The text a string token writes: its value, which is that string. <c>ValueText</c> returns the same string
    /// through <c>Convert.ToString</c>, whose interface checks were a third of the cost of the callback that every
    /// string of a compilation gets (yarp's 6,991).
    /// </summary>
    private static string WrittenText(SyntaxToken token) => token.Value as string ?? string.Empty;
}
