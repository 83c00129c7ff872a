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
        IObjectCreationOperation creation => creation.Type is { } type && (createdTypes.Contains(type.OriginalDefinition) || symbols.IsAdoType(type)),
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } => symbols.IsAdoType(target.Property.ContainingType),
        _ => false,
    };

    /// <summary>
    /// A method of a type some extractor reads, <c>app.Urls.Add</c>, an ADO.NET builder's <c>Add</c>, or an HttpClient
    /// request. Decided on the containing type first: names alone (<c>Add</c>, <c>Parse</c>) are everywhere.
    /// </summary>
    private bool IsWatchedCall(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.ContainingType is { } type && calledTypes.Contains(type.OriginalDefinition))
        {
            return true;
        }

        return method.Name == "Add"
            ? invocation.Instance is IPropertyReferenceOperation { Property.Name: "Urls" } || symbols.IsAdoType(method.ContainingType)
            : symbols.IsHttpClientMethod(method);
    }

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
