using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PortAnalyzers.Code;

/// <summary>
/// The host configuration of a <c>WebApplicationFactory</c> (its <c>ConfigureWebHost</c> override, a lambda given to
/// its <c>WithWebHostBuilder</c>): the factory runs the app on an in-memory TestServer, so the server settings made
/// there (<see cref="WatchedApi.SetsHostServer"/>) listen nowhere, unless the test project starts Kestrel through the
/// factory's <c>UseKestrel</c> (.NET 10). Sockets and other apps started there are real and still judged.
/// </summary>
internal sealed class TestServerHosts
{
    private static readonly KnownType WebApplicationFactory = new("Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory");

    /// <summary>A name is enough: a project that names <c>UseKestrel</c> anywhere keeps its listeners reported.</summary>
    private static readonly WrittenNames Kestrel = new("UseKestrel");

    private readonly Lazy<bool> startsKestrel;

    public TestServerHosts(Compilation compilation, CancellationToken cancellationToken)
    {
        // Searched for only once a listener is found in a factory's configuration, which most projects never have.
        // PublicationOnly: a search cancelled once is not remembered as cancelled.
        startsKestrel = new Lazy<bool>(() => Kestrel.AnyIn(compilation, cancellationToken), LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>Whether <paramref name="operation"/>, in <paramref name="member"/>, configures a factory's test server.</summary>
    public bool Configure(IOperation operation, ISymbol member)
        => (IsConfigureWebHost(member) || InWithWebHostBuilder(operation)) && !startsKestrel.Value;

    private static bool IsConfigureWebHost(ISymbol member)
        => member is IMethodSymbol { Name: "ConfigureWebHost", IsOverride: true } method && KnownTypes.IsOrDerivesFrom(method.ContainingType, WebApplicationFactory);

    private static bool InWithWebHostBuilder(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation
                && current.Parent is IDelegateCreationOperation { Parent: IArgumentOperation { Parent: IInvocationOperation call } }
                && call.TargetMethod.Name == "WithWebHostBuilder"
                && KnownTypes.IsOrDerivesFrom(call.TargetMethod.ContainingType, WebApplicationFactory))
            {
                return true;
            }
        }

        return false;
    }
}
