using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>
/// The cheap first look at every call, creation and assignment of a compilation: does it touch an API some extractor
/// reads? Most do not, and they leave here before any collector is allocated or any extractor runs: first on a name
/// or an argument count, which costs nothing, then on the type. One shared, immutable instance.
/// </summary>
internal sealed class PortApis
{
    /// <summary>The method names the extractors read; HttpClient requests are found by their <c>requestUri</c> parameter instead.</summary>
    private static readonly HashSet<string> CalledNames = new(StringComparer.Ordinal)
    {
        "Create", "Bind", "Connect", "ConnectAsync", "BeginConnect", "Send", "SendAsync", "Parse",
        "Listen", "ListenAnyIP", "ListenLocalhost", "UseUrls", "Run", "RunAsync", "Add", "SetEnvironmentVariable",
    };

    private readonly KnownTypes types;
    private readonly Dictionary<string, KnownType> createdTypes;
    private readonly Dictionary<string, KnownType> calledTypes;

    private PortApis(KnownTypes types)
    {
        this.types = types;
        createdTypes = ByName(types.TcpListener, types.UdpClient, types.TcpClient, types.Uri, types.HttpRequestMessage);
        calledTypes = ByName(
            types.TcpListener, types.Socket, types.UdpClient, types.TcpClient, types.KestrelServerOptions,
            types.WebHostBuilderExtensions, types.WebApplication, types.HttpListenerPrefixCollection, types.Environment,
            types.RedisConnectionMultiplexer, types.RedisConfigurationOptions, types.RedisEndPointCollection);
    }

    public static PortApis Instance { get; } = new(KnownTypes.Instance);

    public bool MayBeUsage(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => IsWatchedCall(invocation),
        IObjectCreationOperation creation => !creation.Arguments.IsEmpty && creation.Type is { } type
            && (IsOneOf(type, createdTypes) || types.IsAdoType(type)),
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } => IsBuilderKey(target.Property)
            && types.IsAdoType(target.Property.ContainingType),
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
            // Every HttpClient request method is asynchronous: GetAsync ... GetFromJsonAsAsyncEnumerable.
            return method.Name.IndexOf("Async", StringComparison.Ordinal) >= 0
                && types.IsHttpClientMethod(method) && UsageCollector.Argument(invocation.Arguments, "requestUri") is not null;
        }

        if (IsOneOf(method.ContainingType, calledTypes))
        {
            return true;
        }

        return method.Name == "Add"
            && (invocation.Instance is IPropertyReferenceOperation { Property.Name: "Urls" } || types.IsAdoType(method.ContainingType));
    }

    /// <summary>What <see cref="ConnectionStringExtractor"/> reads of an ADO.NET builder: an indexer, a host or port property, the connection string.</summary>
    private static bool IsBuilderKey(IPropertySymbol property)
        => property.IsIndexer || property.Name == "ConnectionString" || ConnectionStrings.IsPortKey(property.Name) || ConnectionStrings.IsHostKey(property.Name);

    private static bool IsOneOf(ITypeSymbol? type, Dictionary<string, KnownType> byName)
        => type is not null && byName.TryGetValue(type.Name, out var known) && known.Matches(type);

    private static Dictionary<string, KnownType> ByName(params KnownType[] types)
    {
        var byName = new Dictionary<string, KnownType>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            byName.Add(type.Name, type);
        }

        return byName;
    }
}
