using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace PortAnalyzers.Code;

/// <summary>
/// Whether the project's code may choose where its server listens (Kestrel's Listen calls, UseUrls, app.Urls,
/// http.sys, setting ASPNETCORE_URLS itself): then the URL settings and the image's default do not decide, and
/// PORT012 stays silent. A name is enough: a false match only keeps a rule quiet. The port rules read the same
/// calls through <see cref="WatchedApis"/>; the names here also cover calls with no port to read.
/// </summary>
internal static class CodeEndpoints
{
    private static readonly HashSet<string> Names = new()
    {
        "Listen", "ListenAnyIP", "ListenLocalhost", "ListenUnixSocket", "ListenNamedPipe", "ListenHandle",
        "UseUrls", "Urls", "UseHttpSys", "ConfigureEndpointDefaults",
    };

    private static readonly string[] Variables = { "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS" };

    public static bool ChosenIn(Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var token in tree.GetRoot(cancellationToken).DescendantTokens())
            {
                if (token.RawKind == (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken && Names.Contains(token.ValueText))
                {
                    return true;
                }

                if (token.RawKind == (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralToken && System.Array.IndexOf(Variables, token.ValueText) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
