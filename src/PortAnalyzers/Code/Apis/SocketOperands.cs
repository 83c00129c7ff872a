using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>
/// The socket operands whose role depends on what the code does next: a bound <c>UdpClient</c> or <c>Socket</c> is a
/// server unless it then connects, and a connect names its target under several parameter names.
/// </summary>
internal static class SocketOperands
{
    /// <summary>The value of <c>System.Net.Sockets.SocketType.Dgram</c>.</summary>
    private const int DatagramSocketType = 2;

    /// <summary><c>new UdpClient(localEP)</c> or <c>new UdpClient(port)</c>: a server, or a client fixing its source port.</summary>
    public static void UdpClientLocalPort(IOperation creation, ImmutableArray<IArgumentOperation> arguments, UsageCollector collector)
    {
        if (Operands.Argument(arguments, "localEP") is { } endpoint)
        {
            collector.AddEndpoint(UdpRole(creation), endpoint, creation);
        }
        else if (Operands.Argument(arguments, "port") is { } port && Operands.Argument(arguments, "hostname") is null)
        {
            collector.AddPort(UdpRole(creation), HostScope.AllInterfaces, string.Empty, port, creation, port);
        }
    }

    /// <summary><c>socket.Bind(endpoint)</c>, also on <c>TcpClient.Client</c> and <c>UdpClient.Client</c>.</summary>
    public static void Bind(IOperation bind, ImmutableArray<IArgumentOperation> arguments, UsageCollector collector)
    {
        if (arguments.Length == 1)
        {
            collector.AddEndpoint(BindRole((IInvocationOperation)bind), arguments[0].Value, bind, isBindCall: true);
        }
    }

    /// <summary><c>(host or address, port)</c> or <c>(remote endpoint)</c>, under the parameter names the socket types use.</summary>
    public static void Connect(IOperation invocation, ImmutableArray<IArgumentOperation> arguments, UsageCollector collector)
    {
        if (OnlyPicksARoute((IInvocationOperation)invocation, collector))
        {
            return;
        }

        if (Operands.Argument(arguments, "port") is { } port)
        {
            var host = Operands.Argument(arguments, "hostname") ?? Operands.Argument(arguments, "host")
                ?? Operands.Argument(arguments, "address") ?? Operands.Argument(arguments, "addr");
            var (scope, name) = host is null ? (HostScope.Unknown, string.Empty) : collector.HostOf(host);
            collector.AddPort(PortRole.ClientTarget, scope, name, port, invocation, port, acceptsPortZero: false);
        }
        else if ((Operands.Argument(arguments, "remoteEP") ?? Operands.Argument(arguments, "endPoint")) is { } endpoint)
        {
            collector.AddEndpoint(PortRole.ClientTarget, endpoint, invocation, acceptsPortZero: false);
        }
    }

    /// <summary>
    /// Whether <paramref name="connect"/> connects a local datagram socket that then moves no data. A UDP connect sends
    /// nothing: it picks the route, and so the local address, which is how code finds the machine's outward address
    /// (<c>socket.Connect("8.8.8.8", 65530)</c>, then <c>socket.LocalEndPoint</c>). No peer listens at that port.
    /// </summary>
    private static bool OnlyPicksARoute(IInvocationOperation connect, UsageCollector collector)
    {
        if (ValueResolver.Unwrap(connect.Instance) is not ILocalReferenceOperation socket || !IsDatagram(socket, collector))
        {
            return false;
        }

        foreach (var descendant in OperationFacts.ScopeOf(socket.Local, connect).Descendants())
        {
            if (descendant is ILocalReferenceOperation use && SymbolEqualityComparer.Default.Equals(use.Local, socket.Local) && !MovesNoData(use))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDatagram(ILocalReferenceOperation socket, UsageCollector collector)
        => KnownTypes.Is(socket.Type, collector.Symbols.UdpClient)
           || (ValueResolver.Unwrap(collector.Values.Follow(socket, collector.CancellationToken)) is IObjectCreationOperation creation
               && KnownTypes.Is(creation.Type, collector.Symbols.Socket)
               && Operands.Argument(creation.Arguments, "socketType") is { ConstantValue: { HasValue: true, Value: DatagramSocketType } });

    /// <summary>A use of a socket that sends and receives nothing: connecting it, reading its addresses, closing it.</summary>
    private static bool MovesNoData(IOperation use) => OperationFacts.Consumer(use) switch
    {
        IInvocationOperation call => call.TargetMethod.Name is "Connect" or "ConnectAsync" or "Close" or "Dispose" or "Shutdown",
        IPropertyReferenceOperation { Property.Name: "LocalEndPoint" or "RemoteEndPoint" } => true,
        IPropertyReferenceOperation { Property.Name: "Client" } inner => MovesNoData(inner),
        IUsingOperation => true,
        _ => false,
    };

    private static PortRole UdpRole(IOperation creation)
        => OperationFacts.Holder(creation) is { } holder && ConnectsLater(creation, holder) ? PortRole.ClientSource : PortRole.Listen;

    /// <summary>
    /// A bound socket that then connects is a client fixing its source port; one that listens or receives is a server.
    /// When the method does not show which, binding is taken as listening.
    /// </summary>
    private static PortRole BindRole(IInvocationOperation bind)
    {
        var symbols = KnownTypes.Instance;
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
