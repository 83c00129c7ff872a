using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PortAnalyzers.Code;

/// <summary>
/// Whether the project's code may choose where its server listens (Kestrel's Listen calls, UseUrls, app.Urls,
/// http.sys, setting ASPNETCORE_URLS itself): then the URL settings and the image's default do not decide, and
/// PORT012 stays silent. A name is enough: a false match only keeps a rule quiet. The port rules read the same
/// calls through <see cref="WatchedApis"/>; the names here also cover calls with no port to read.
/// </summary>
internal static class CodeEndpoints
{
    /// <summary>The methods and properties, and (quoted) the variables, that choose where the server listens.</summary>
    private static readonly string[] Names =
    {
        "Listen", "ListenAnyIP", "ListenLocalhost", "ListenUnixSocket", "ListenNamedPipe", "ListenHandle",
        "UseUrls", "Urls", "UseHttpSys", "ConfigureEndpointDefaults",
        "\"ASPNETCORE_URLS\"", "\"ASPNETCORE_HTTP_PORTS\"", "\"ASPNETCORE_HTTPS_PORTS\"",
    };

    /// <summary>
    /// Whether a name of <see cref="Names"/> is used as an identifier, or a variable name is written as a string, in
    /// any file: the text is searched first, and the syntax only where a name stands, so most files are not walked.
    /// </summary>
    public static bool ChosenIn(Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            var text = tree.GetText(cancellationToken).ToString();
            foreach (var name in Names)
            {
                for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                {
                    var token = tree.GetRoot(cancellationToken).FindToken(at);
                    if (token.SpanStart == at && (token.IsKind(SyntaxKind.IdentifierToken) ? token.ValueText == name : token.IsKind(SyntaxKind.StringLiteralToken) && token.ValueText == name.Trim('"')))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
