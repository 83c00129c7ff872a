using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>
/// The syntax-level first look at every string of a compilation, before any operation is asked for: which written
/// part, if any, to read as a possible connection string. A string built by concatenation or interpolation is read
/// once, from the string node that holds its first written part; most strings (log text, names, plain URLs) leave here
/// on a scan of their text, and numbers never come here at all.
/// </summary>
internal static class StringSyntax
{
    public static readonly SyntaxKind[] Kinds = { SyntaxKind.StringLiteralExpression, SyntaxKind.InterpolatedStringExpression };

    /// <summary>The written part whose operation <see cref="ConnectionStringExtractor.WrittenEndpoints"/> should read; null for most strings.</summary>
    public static SyntaxNode? PartToRead(ExpressionSyntax str)
    {
        var whole = WholeString(str);
        if (whole == str && str is LiteralExpressionSyntax literal)
        {
            return ConnectionStrings.MayBeConnectionString(literal.Token.ValueText) ? literal : null;
        }

        SyntaxNode? first = null;
        var structured = false;
        foreach (var part in WrittenParts(whole))
        {
            first ??= part;
            structured |= ConnectionStrings.MayBeStructured(TextOf(part));
        }

        return structured && first is not null && OwnerOf(first) == str ? first : null;
    }

    /// <summary>The outermost concatenation <paramref name="str"/> is part of, or itself.</summary>
    private static ExpressionSyntax WholeString(ExpressionSyntax str)
    {
        var current = str;
        while (current.Parent is ParenthesizedExpressionSyntax or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression })
        {
            current = (ExpressionSyntax)current.Parent;
        }

        return current;
    }

    /// <summary>The literals and interpolated-string texts written in a string expression, in order; holes are not entered.</summary>
    private static IEnumerable<SyntaxNode> WrittenParts(ExpressionSyntax whole)
    {
        var pending = new Stack<SyntaxNode>();
        pending.Push(whole);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                    yield return literal;
                    break;
                case InterpolatedStringTextSyntax text:
                    yield return text;
                    break;
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
            }
        }
    }

    private static string TextOf(SyntaxNode part) => part is LiteralExpressionSyntax literal
        ? literal.Token.ValueText
        : ((InterpolatedStringTextSyntax)part).TextToken.ValueText;

    /// <summary>The string node the syntax action is called for that holds <paramref name="part"/>.</summary>
    private static SyntaxNode OwnerOf(SyntaxNode part) => part is InterpolatedStringTextSyntax ? part.Parent! : part;
}
