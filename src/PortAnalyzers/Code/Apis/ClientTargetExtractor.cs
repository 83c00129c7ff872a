using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>
/// The ports clients connect to: socket connects and sends (<c>TcpClient</c>, <c>UdpClient</c>, <c>Socket</c>) and
/// the http(s) URLs that are requested (<c>new Uri</c>, <c>HttpClient</c> request methods, <c>HttpRequestMessage</c>).
/// A <c>Uri</c> given to <c>HttpClient.BaseAddress</c> or <c>ClientWebSocket.ConnectAsync</c> is found where it is created.
/// </summary>
internal static class ClientTargetExtractor
{
    public static void Extract(IObjectCreationOperation creation, UsageCollector collector)
    {
        var symbols = collector.Symbols;
        var type = creation.Type;
        var arguments = creation.Arguments;
        if (KnownTypes.Is(type, symbols.TcpClient) || KnownTypes.Is(type, symbols.UdpClient))
        {
            if (UsageCollector.Argument(arguments, "hostname") is { } host && UsageCollector.Argument(arguments, "port") is { } port)
            {
                collector.AddPort(PortRole.ClientTarget, HostScopeOf(host, collector), port, creation, port, acceptsPortZero: false);
            }
        }
        else if (KnownTypes.Is(type, symbols.Uri))
        {
            if (UsageCollector.Argument(arguments, "uriString") is { } uri)
            {
                collector.AddClientUrl(uri);
            }
        }
        else if (KnownTypes.Is(type, symbols.HttpRequestMessage) && StringArgument(arguments, "requestUri") is { } requestUri)
        {
            collector.AddClientUrl(requestUri);
        }
    }

    public static void Extract(IInvocationOperation invocation, UsageCollector collector)
    {
        var symbols = collector.Symbols;
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (OperationFacts.IsAnyOf(method.Name, "Connect", "ConnectAsync", "BeginConnect") || method.Name is "Send" or "SendAsync")
        {
            if (KnownTypes.Is(type, symbols.TcpClient) || KnownTypes.Is(type, symbols.UdpClient) || KnownTypes.Is(type, symbols.Socket))
            {
                ExtractConnect(invocation, collector);
            }
        }
        else if (StringArgument(invocation.Arguments, "requestUri") is { } requestUri && symbols.IsHttpClientMethod(method))
        {
            collector.AddClientUrl(requestUri);
        }
    }

    /// <summary><c>(host or address, port)</c> or <c>(remote endpoint)</c>, under the parameter names the socket types use.</summary>
    private static void ExtractConnect(IInvocationOperation invocation, UsageCollector collector)
    {
        var arguments = invocation.Arguments;
        if (UsageCollector.Argument(arguments, "port") is { } port)
        {
            var host = UsageCollector.Argument(arguments, "hostname") ?? UsageCollector.Argument(arguments, "host")
                ?? UsageCollector.Argument(arguments, "address") ?? UsageCollector.Argument(arguments, "addr");
            var scope = host is null ? HostScope.Unknown : HostScopeOf(host, collector);
            collector.AddPort(PortRole.ClientTarget, scope, port, invocation, port, acceptsPortZero: false);
        }
        else if ((UsageCollector.Argument(arguments, "remoteEP") ?? UsageCollector.Argument(arguments, "endPoint")) is { } endpoint)
        {
            collector.AddEndpoint(PortRole.ClientTarget, endpoint, invocation, acceptsPortZero: false);
        }
    }

    /// <summary>A string argument; a <c>Uri</c> argument is found where the <c>Uri</c> is created.</summary>
    private static IOperation? StringArgument(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, string name)
        => UsageCollector.Argument(arguments, name) is { } argument && ValueResolver.Unwrap(argument)?.Type?.SpecialType == SpecialType.System_String
            ? argument
            : null;

    /// <summary>The scope of a host given as text or as an <c>IPAddress</c>.</summary>
    public static HostScope HostScopeOf(IOperation host, UsageCollector collector)
    {
        if (host.Type?.SpecialType == SpecialType.System_String)
        {
            var text = collector.Values.Text(host, collector.CancellationToken)?.Value;
            return text is null ? HostScope.Unknown : Hosts.Classify(text);
        }

        return collector.Network.Host(host, collector.CancellationToken).Scope;
    }
}
