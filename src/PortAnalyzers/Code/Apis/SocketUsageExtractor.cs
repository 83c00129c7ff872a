using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>Listening and source-port usages of <c>TcpListener</c>, <c>UdpClient</c>, <c>TcpClient</c> and <c>Socket</c>.</summary>
internal static class SocketUsageExtractor
{
    public static void Extract(IObjectCreationOperation creation, UsageCollector collector)
    {
        var symbols = collector.Symbols;
        var type = creation.Type;
        var arguments = creation.Arguments;
        if (KnownTypes.Is(type, symbols.TcpListener))
        {
            if (UsageCollector.Argument(arguments, "localEP") is { } endpoint)
            {
                collector.AddEndpoint(PortRole.Listen, endpoint, creation);
            }
            else if (UsageCollector.Argument(arguments, "port") is { } port)
            {
                var host = UsageCollector.Argument(arguments, "localaddr") is { } address
                    ? collector.Network.Host(address, collector.CancellationToken).Scope
                    : HostScope.AllInterfaces;
                collector.AddPort(PortRole.Listen, host, port, creation, port);
            }
        }
        else if (KnownTypes.Is(type, symbols.UdpClient))
        {
            // A UdpClient bound to a local port is a server, unless it then connects: then the port is its source port.
            if (UsageCollector.Argument(arguments, "localEP") is { } endpoint)
            {
                collector.AddEndpoint(UdpRole(creation), endpoint, creation);
            }
            else if (UsageCollector.Argument(arguments, "port") is { } port && UsageCollector.Argument(arguments, "hostname") is null)
            {
                collector.AddPort(UdpRole(creation), HostScope.AllInterfaces, port, creation, port);
            }
        }
        else if (KnownTypes.Is(type, symbols.TcpClient) && UsageCollector.Argument(arguments, "localEP") is { } localEndpoint)
        {
            collector.AddEndpoint(PortRole.ClientSource, localEndpoint, creation);
        }
    }

    public static void Extract(IInvocationOperation invocation, UsageCollector collector)
    {
        var method = invocation.TargetMethod;
        var symbols = collector.Symbols;
        if (method.Name == "Create" && KnownTypes.Is(method.ContainingType, symbols.TcpListener)
            && UsageCollector.Argument(invocation.Arguments, "port") is { } port)
        {
            collector.AddPort(PortRole.Listen, HostScope.AllInterfaces, port, invocation, port);
        }
        else if (method.Name == "Bind" && KnownTypes.Is(method.ContainingType, symbols.Socket)
            && invocation.Arguments.Length == 1)
        {
            collector.AddEndpoint(SocketRole(invocation, symbols), invocation.Arguments[0].Value, invocation, isBindCall: true);
        }
    }

    private static PortRole UdpRole(IObjectCreationOperation creation)
        => OperationFacts.Holder(creation) is { } holder && ConnectsLater(creation, holder) ? PortRole.ClientSource : PortRole.Listen;

    /// <summary>
    /// A bound socket that then connects is a client fixing its source port; one that listens or receives is a server.
    /// When the method does not show which, binding is taken as listening.
    /// </summary>
    private static PortRole SocketRole(IInvocationOperation bind, KnownTypes symbols)
    {
        var receiver = ValueResolver.Unwrap(bind.Instance);
        if (receiver is IPropertyReferenceOperation { Property.Name: "Client" } client)
        {
            if (KnownTypes.Is(client.Property.ContainingType, symbols.TcpClient))
            {
                return PortRole.ClientSource;
            }

            if (KnownTypes.Is(client.Property.ContainingType, symbols.UdpClient))
            {
                receiver = client.Instance;
            }
        }

        return OperationFacts.ReferencedSymbol(receiver) is { } socket && ConnectsLater(bind, socket) ? PortRole.ClientSource : PortRole.Listen;
    }

    private static bool ConnectsLater(IOperation anywhereInBody, ISymbol receiver)
    {
        foreach (var call in OperationFacts.CallsOn(anywhereInBody, receiver))
        {
            if (OperationFacts.IsAnyOf(call.TargetMethod.Name, "Connect", "ConnectAsync", "BeginConnect"))
            {
                return true;
            }
        }

        return false;
    }
}
