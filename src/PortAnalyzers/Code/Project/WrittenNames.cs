using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PortAnalyzers.Code;

/// <summary>
/// A set of names searched for in a compilation's code: identifiers, and (written with their quotes) strings, which
/// match in any case, as configuration reads variable and setting names. The text is searched first, and the syntax
/// only where a name may stand, so most files are not walked. For project-wide facts where a name is enough.
/// </summary>
internal sealed class WrittenNames
{
    private readonly string[] names;

    /// <summary>
    /// What the text is searched for: each name that does not contain another (<c>Listen</c> finds every
    /// <c>Listen…</c> name, <c>Urls</c> finds <c>UseUrls</c>), so each file's text is searched once per anchor.
    /// </summary>
    private readonly string[] anchors;

    public WrittenNames(params string[] names)
    {
        this.names = names;
        anchors = names.Where(name => !names.Any(other => other != name && name.Contains(other))).ToArray();
    }

    /// <summary>Whether a name is used as an identifier, or a quoted name is written as a string, in any file.</summary>
    public bool AnyIn(Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            var text = tree.GetText(cancellationToken).ToString();
            foreach (var anchor in anchors)
            {
                var comparison = IsQuoted(anchor) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
                for (var at = text.IndexOf(anchor, comparison); at >= 0; at = text.IndexOf(anchor, at + anchor.Length, comparison))
                {
                    if (IsName(tree.GetRoot(cancellationToken).FindToken(at)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private bool IsName(SyntaxToken token)
        => token.IsKind(SyntaxKind.IdentifierToken) ? Array.IndexOf(names, token.ValueText) >= 0
           : token.IsKind(SyntaxKind.StringLiteralToken) && IsQuotedName("\"" + token.ValueText + "\"");

    private bool IsQuotedName(string quoted) => Array.Exists(names, name => IsQuoted(name) && string.Equals(name, quoted, StringComparison.OrdinalIgnoreCase));

    private static bool IsQuoted(string name) => name[0] == '"';
}
