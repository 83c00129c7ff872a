using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PortAnalyzers.Code;

/// <summary>
/// A set of names searched for in a compilation's code: identifiers, and (written with their quotes) strings, which
/// match in any case, as configuration reads variable and setting names. The text is searched first, and the syntax
/// only where a whole name stands, so most files are not walked. For project-wide facts where a name is enough.
/// </summary>
internal sealed class WrittenNames
{
    private readonly string[] identifiers;

    private readonly string[] quoted;

    /// <summary>
    /// What the text is searched for, once per file each: each identifier that does not contain another
    /// (<c>Listen</c> finds every <c>Listen…</c> name, <c>Urls</c> finds <c>UseUrls</c>).
    /// </summary>
    private readonly string[] anchors;

    public WrittenNames(params string[] names)
    {
        identifiers = names.Where(name => !IsQuoted(name)).ToArray();
        quoted = names.Where(IsQuoted).ToArray();
        anchors = identifiers.Where(name => !identifiers.Any(other => other != name && name.Contains(other))).ToArray();
    }

    /// <summary>Whether a name is used as an identifier, or a quoted name is written as a string, in any file.</summary>
    public bool AnyIn(Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            var text = tree.GetText(cancellationToken).ToString();
            foreach (var anchor in anchors)
            {
                for (var at = text.IndexOf(anchor, StringComparison.Ordinal); at >= 0; at = text.IndexOf(anchor, at + anchor.Length, StringComparison.Ordinal))
                {
                    // A messaging codebase writes Listener: the syntax is asked only where the whole word is a name.
                    if (IsIdentifierAt(text, at) && IsName(tree.GetRoot(cancellationToken).FindToken(at)))
                    {
                        return true;
                    }
                }
            }

            // The quoted names in one pass over the quotes: a search per name ignoring case cost as much as all the
            // identifiers' searches together on a 26,000-line codebase.
            for (var at = quoted.Length == 0 ? -1 : text.IndexOf('"'); at >= 0; at = text.IndexOf('"', at + 1))
            {
                if (IsQuotedNameAt(text, at) && IsName(tree.GetRoot(cancellationToken).FindToken(at)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the word of letters, digits and underscores around <paramref name="at"/> is one of the identifiers.</summary>
    private bool IsIdentifierAt(string text, int at)
    {
        var start = at;
        while (start > 0 && IsWordCharacter(text[start - 1]))
        {
            start--;
        }

        var end = at;
        while (end < text.Length && IsWordCharacter(text[end]))
        {
            end++;
        }

        return Array.Exists(identifiers, name => name.Length == end - start && string.CompareOrdinal(text, start, name, 0, name.Length) == 0);
    }

    /// <summary>Whether a quoted name, in any case, is written from the quote at <paramref name="quote"/> on.</summary>
    private bool IsQuotedNameAt(string text, int quote)
        => Array.Exists(quoted, name => quote + name.Length <= text.Length && string.Compare(text, quote, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0);

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

    private bool IsName(SyntaxToken token)
        => token.IsKind(SyntaxKind.IdentifierToken) ? Array.IndexOf(identifiers, token.ValueText) >= 0
           : token.IsKind(SyntaxKind.StringLiteralToken) && Array.Exists(quoted, name => Quotes(name, token.ValueText));

    /// <summary>Whether <paramref name="quotedName"/> is <paramref name="value"/> in quotes, in any case.</summary>
    private static bool Quotes(string quotedName, string value)
        => quotedName.Length == value.Length + 2 && string.Compare(quotedName, 1, value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool IsQuoted(string name) => name[0] == '"';
}
