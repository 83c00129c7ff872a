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

    public bool MayBeUsage(IOperation operation)
    {
        // A switch on the kind, not a chain of interface type tests: this runs for every call of the compilation.
        switch (operation.Kind)
        {
            case OperationKind.Invocation:
                return IsWatchedCall((IInvocationOperation)operation);
            case OperationKind.ObjectCreation:
                var creation = (IObjectCreationOperation)operation;
                return !creation.Arguments.IsEmpty && creation.Type is { } type && (IsOneOf(type, createdTypes) || types.IsAdoType(type));
            case OperationKind.SimpleAssignment:
                return ((ISimpleAssignmentOperation)operation).Target is IPropertyReferenceOperation target
                    && IsBuilderKey(target.Property) && types.IsAdoType(target.Property.ContainingType);
            default:
                return false;
        }
    }

    /// <summary>
    /// A method of a type some extractor reads, <c>app.Urls.Add</c>, an ADO.NET builder's <c>Add(keyword, value)</c>,
    /// or an HttpClient request. The name lets few calls through, but some of those names (<c>Add</c>, <c>Parse</c>)
    /// are everywhere, so the containing type decides; a list's <c>Add(item)</c> never walks its base types.
    /// </summary>
    private bool IsWatchedCall(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var name = method.Name;
        switch (name)
        {
            case "Add":
                return IsOneOf(method.ContainingType, calledTypes)
                    || invocation.Instance is IPropertyReferenceOperation { Property.Name: "Urls" }
                    || (invocation.Arguments.Length == 2 && types.IsAdoType(method.ContainingType));
            case "Create" or "Bind" or "Connect" or "ConnectAsync" or "BeginConnect" or "Send" or "SendAsync" or "Parse"
                or "Listen" or "ListenAnyIP" or "ListenLocalhost" or "UseUrls" or "Run" or "RunAsync" or "SetEnvironmentVariable":
                return IsOneOf(method.ContainingType, calledTypes);
            default:
                // Every HttpClient request method is asynchronous: GetAsync ... GetFromJsonAsAsyncEnumerable.
                return IsAsyncName(name) && types.IsHttpClientMethod(method)
                    && UsageCollector.Argument(invocation.Arguments, "requestUri") is not null;
        }
    }

    private static bool IsAsyncName(string name)
        => name.EndsWith("Async", StringComparison.Ordinal) || name.EndsWith("AsyncEnumerable", StringComparison.Ordinal);

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
