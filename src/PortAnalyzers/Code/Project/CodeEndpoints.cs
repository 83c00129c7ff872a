using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PortAnalyzers.Code;

/// <summary>
/// Whether the project's code may choose where its server listens (Kestrel's Listen calls, UseUrls, app.Urls,
/// http.sys, setting ASPNETCORE_URLS or the host's urls setting itself): then the URL settings and the image's
/// default do not decide, and PORT012 stays silent. A name is enough: a false match only keeps a rule quiet. The port
/// rules read the same calls through <see cref="WatchedApis"/>; the names here also cover calls with no port to read.
/// </summary>
internal static class CodeEndpoints
{
    /// <summary>
    /// The methods and properties, the (quoted) variables, and the host settings' names (quoted as
    /// <c>WebHostDefaults</c> spells them, and its fields) that choose where the server listens.
    /// </summary>
    private static readonly string[] Names =
    {
        "Listen", "ListenAnyIP", "ListenLocalhost", "ListenUnixSocket", "ListenNamedPipe", "ListenHandle",
        "UseUrls", "Urls", "UseHttpSys", "ConfigureEndpointDefaults",
        "\"ASPNETCORE_URLS\"", "\"ASPNETCORE_HTTP_PORTS\"", "\"ASPNETCORE_HTTPS_PORTS\"",
        "ServerUrlsKey", "HttpPortsKey", "HttpsPortsKey", "\"urls\"", "\"http_ports\"", "\"https_ports\"",
    };

    /// <summary>
    /// What the text is searched for: each name that does not contain another (<c>Listen</c> finds every
    /// <c>Listen…</c> name, <c>Urls</c> finds <c>UseUrls</c>): each file's text is searched once per anchor (12 for the 19 names).
    /// </summary>
    private static readonly string[] Anchors = Names.Where(name => !Names.Any(other => other != name && name.Contains(other))).ToArray();

    /// <summary>
    /// Whether a name of <see cref="Names"/> is used as an identifier, or a variable name is written as a string, in
    /// any file: the text is searched first, and the syntax only where a name may stand, so most files are not walked.
    /// </summary>
    public static bool ChosenIn(Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            var text = tree.GetText(cancellationToken).ToString();
            foreach (var anchor in Anchors)
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

    /// <summary>
    /// Whether <paramref name="token"/> is one of <see cref="Names"/>: an identifier, or a string written with its
    /// quotes, in any case, as configuration reads variable and setting names.
    /// </summary>
    private static bool IsName(SyntaxToken token)
        => token.IsKind(SyntaxKind.IdentifierToken) ? Array.IndexOf(Names, token.ValueText) >= 0
           : token.IsKind(SyntaxKind.StringLiteralToken) && IsQuotedName("\"" + token.ValueText + "\"");

    private static bool IsQuotedName(string quoted) => Array.Exists(Names, name => IsQuoted(name) && string.Equals(name, quoted, StringComparison.OrdinalIgnoreCase));

    private static bool IsQuoted(string name) => name[0] == '"';
}
