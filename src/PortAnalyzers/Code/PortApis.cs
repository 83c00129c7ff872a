using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>
/// The cheap first look at every call, creation and assignment of a compilation: does it touch an API some extractor
/// reads? Most do not, and they leave here before any collector is allocated or any extractor runs: first on a name
/// or an argument count, which costs nothing, then on the containing type. Built once per compilation.
/// </summary>
internal sealed class PortApis
{
    /// <summary>The method names the extractors read; HttpClient requests are found by their <c>requestUri</c> parameter instead.</summary>
    private static readonly HashSet<string> CalledNames = new(System.StringComparer.Ordinal)
    {
        "Create", "Bind", "Connect", "ConnectAsync", "BeginConnect", "Send", "SendAsync", "Parse",
        "Listen", "ListenAnyIP", "ListenLocalhost", "UseUrls", "Run", "RunAsync", "Add", "SetEnvironmentVariable",
    };

    private readonly KnownSymbols symbols;
    private readonly HashSet<ITypeSymbol> createdTypes;
    private readonly HashSet<ITypeSymbol> calledTypes;

    public PortApis(KnownSymbols symbols)
    {
        this.symbols = symbols;
        createdTypes = Set(symbols.TcpListener, symbols.UdpClient, symbols.TcpClient, symbols.Uri, symbols.HttpRequestMessage);
        calledTypes = Set(
            symbols.TcpListener, symbols.Socket, symbols.UdpClient, symbols.TcpClient, symbols.KestrelServerOptions,
            symbols.WebHostBuilderExtensions, symbols.WebApplication, symbols.HttpListenerPrefixCollection, symbols.Environment,
            symbols.RedisConnectionMultiplexer, symbols.RedisConfigurationOptions, symbols.RedisEndPointCollection);
    }

    /// <summary>Whether the compilation references any API the extractors read; when not, nothing needs registering.</summary>
    public bool AnyPresent => createdTypes.Count > 0 || symbols.Socket is not null || symbols.KestrelServerOptions is not null
        || symbols.WebApplication is not null || symbols.DbConnectionStringBuilder is not null;

    public bool MayBeUsage(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => IsWatchedCall(invocation),
        IObjectCreationOperation creation => !creation.Arguments.IsEmpty && creation.Type is { } type
            && (createdTypes.Contains(type.OriginalDefinition) || symbols.IsAdoType(type)),
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } => IsBuilderKey(target.Property)
            && symbols.IsAdoType(target.Property.ContainingType),
        _ => false,
    };

    /// <summary>
    /// A method of a type some extractor reads, <c>app.Urls.Add</c>, an ADO.NET builder's <c>Add</c>, or an HttpClient
    /// request. The name lets few calls through, but those names (<c>Add</c>, <c>Parse</c>) are everywhere, so the
    /// containing type decides.
    /// </summary>
    private bool IsWatchedCall(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (!CalledNames.Contains(method.Name))
        {
            return UsageCollector.Argument(invocation.Arguments, "requestUri") is not null && symbols.IsHttpClientMethod(method);
        }

        if (method.ContainingType is { } type && calledTypes.Contains(type.OriginalDefinition))
        {
            return true;
        }

        return method.Name == "Add"
            && (invocation.Instance is IPropertyReferenceOperation { Property.Name: "Urls" } || symbols.IsAdoType(method.ContainingType));
    }

    /// <summary>What <see cref="ConnectionStringExtractor"/> reads of an ADO.NET builder: an indexer, a host or port property, the connection string.</summary>
    private static bool IsBuilderKey(IPropertySymbol property)
        => property.IsIndexer || property.Name == "ConnectionString" || ConnectionStrings.IsPortKey(property.Name) || ConnectionStrings.IsHostKey(property.Name);

    private static HashSet<ITypeSymbol> Set(params INamedTypeSymbol?[] types)
    {
        var set = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var type in types)
        {
            if (type is not null)
            {
                set.Add(type);
            }
        }

        return set;
    }
}
