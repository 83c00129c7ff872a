using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace PortAnalyzers.Code;

/// <summary>
/// PORT006 in one compilation: the <c>new HttpClient(…)</c> that live for a single call or request. Silent in test
/// projects (short-lived processes) and in the browser (no sockets).
/// </summary>
internal sealed class ShortLivedHttpClients
{
    private readonly HttpClientTypes types = HttpClientTypes.Instance;
    private readonly HttpClientLifetime lifetime;
    private readonly Lazy<bool> exempt;

    public ShortLivedHttpClients(Compilation compilation, AnalyzerConfigOptions globalOptions)
    {
        lifetime = new HttpClientLifetime(types);

        // Read once a short-lived client is found, so that a project without one never reads its references: the
        // first read of a compilation's referenced assembly names (307 on yarp) cost 0.07-0.19 ms there, cold.
        exempt = new Lazy<bool>(() => ProjectTraits.IsTestProjectOrRunsInBrowser(compilation, globalOptions));
    }

    /// <summary>
    /// The short-lived client <paramref name="creation"/> makes, or null when it makes none (almost every creation);
    /// <paramref name="createdTypeName"/> is the name of its type, which the caller has read.
    /// </summary>
    public ShortLivedClient? Find(IObjectCreationOperation creation, string? createdTypeName, ISymbol owner, CancellationToken cancellationToken)
        => types.IsHttpClient(creation.Type, createdTypeName) && lifetime.Classify(creation, owner, cancellationToken) is { } client && !exempt.Value ? client : null;
}
