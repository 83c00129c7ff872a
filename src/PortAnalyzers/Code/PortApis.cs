using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PortAnalyzers.Code;

/// <summary>
/// The cheap first look at every call, creation and assignment of a compilation: does it touch an API some extractor
/// reads? Most do not, and they leave here before any collector is allocated or any extractor runs. Built once per
/// compilation.
/// </summary>
internal sealed class PortApis
{
    /// <summary>The names of every method an extractor reads (on sockets, Kestrel, hosting, HttpListener, Redis, ADO.NET).</summary>
    private static readonly HashSet<string> MethodNames = new()
    {
        "Create", "Bind", "Listen", "ListenAnyIP", "ListenLocalhost", "UseUrls", "Add", "Run", "RunAsync",
        "SetEnvironmentVariable", "Connect", "ConnectAsync", "BeginConnect", "Send", "SendAsync", "Parse",
    };

    private readonly KnownSymbols symbols;
    private readonly HashSet<ITypeSymbol> createdTypes;

    public PortApis(KnownSymbols symbols)
    {
        this.symbols = symbols;
        createdTypes = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var type in new[] { symbols.TcpListener, symbols.UdpClient, symbols.TcpClient, symbols.Uri, symbols.HttpRequestMessage })
        {
            if (type is not null)
            {
                createdTypes.Add(type);
            }
        }
    }

    /// <summary>Whether the compilation references any API the extractors read; when not, nothing needs registering.</summary>
    public bool AnyPresent => createdTypes.Count > 0 || symbols.Socket is not null || symbols.KestrelServerOptions is not null
        || symbols.WebApplication is not null || symbols.DbConnectionStringBuilder is not null;

    public bool MayBeUsage(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => MethodNames.Contains(invocation.TargetMethod.Name) || symbols.IsHttpClientMethod(invocation.TargetMethod),
        IObjectCreationOperation creation => creation.Type is { } type && (createdTypes.Contains(type.OriginalDefinition) || symbols.IsAdoType(type)),
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } => symbols.IsAdoType(target.Property.ContainingType),
        _ => false,
    };
}
