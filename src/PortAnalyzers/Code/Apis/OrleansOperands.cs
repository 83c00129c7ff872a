using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>
/// The ports of Orleans silos and clients. A silo listens on its silo and gateway ports, on all interfaces with
/// <c>listenOnAnyHostAddress: true</c>, else on its advertised address, which is not loopback unless it is given as
/// loopback or comes from <c>UseLocalhostClustering</c>.
/// </summary>
internal static class OrleansOperands
{
    /// <summary>The address a silo advertises when none is given: one of the machine's own, never loopback.</summary>
    private const string AdvertisedAddress = "advertised";

    /// <summary><c>ConfigureEndpoints(…, siloPort, gatewayPort, …)</c>, every overload.</summary>
    public static void ConfigureEndpoints(IOperation call, ImmutableArray<IArgumentOperation> arguments, UsageCollector collector)
        => AddSiloPorts(call, arguments, ListeningHost(arguments, collector), collector);

    /// <summary>A silo's <c>UseLocalhostClustering(siloPort, gatewayPort, …)</c>: both on loopback.</summary>
    public static void LocalhostSilo(IOperation call, ImmutableArray<IArgumentOperation> arguments, UsageCollector collector)
        => AddSiloPorts(call, arguments, (HostScope.Loopback, "localhost"), collector);

    /// <summary>A client's <c>UseLocalhostClustering(gatewayPort)</c> or <c>(gatewayPorts)</c>: the gateways it connects to.</summary>
    public static void LocalhostClient(IOperation call, ImmutableArray<IArgumentOperation> arguments, UsageCollector collector)
    {
        if (Operands.Argument(arguments, "gatewayPort") is { } port)
        {
            collector.AddPort(PortRole.ClientTarget, HostScope.Loopback, "localhost", port, call, port, acceptsPortZero: false);
        }

        if (ValueResolver.Unwrap(Operands.Argument(arguments, "gatewayPorts")) is IArrayCreationOperation { Initializer: { } ports })
        {
            foreach (var element in ports.ElementValues)
            {
                collector.AddPort(PortRole.ClientTarget, HostScope.Loopback, "localhost", element, call, element, acceptsPortZero: false);
            }
        }
    }

    /// <summary><c>EndpointOptions.SiloPort</c> / <c>GatewayPort</c> / <c>SiloListeningEndpoint</c> / <c>GatewayListeningEndpoint</c> set in code.</summary>
    public static void EndpointOption(IOperation assignment, ImmutableArray<IArgumentOperation> arguments, UsageCollector collector)
    {
        var value = ((ISimpleAssignmentOperation)assignment).Value;
        if (((IPropertyReferenceOperation)((ISimpleAssignmentOperation)assignment).Target).Property.Name.EndsWith("Endpoint", System.StringComparison.Ordinal))
        {
            collector.AddEndpoint(PortRole.Listen, value, assignment, acceptsPortZero: false);
        }
        else
        {
            collector.AddPort(PortRole.Listen, HostScope.Specific, AdvertisedAddress, value, assignment, value, acceptsPortZero: false);
        }
    }

    public static readonly string[] EndpointOptionProperties = { "SiloPort", "GatewayPort", "SiloListeningEndpoint", "GatewayListeningEndpoint" };

    private static void AddSiloPorts(IOperation call, ImmutableArray<IArgumentOperation> arguments, (HostScope Scope, string Name) host, UsageCollector collector)
    {
        foreach (var name in new[] { "siloPort", "gatewayPort" })
        {
            if (Operands.Argument(arguments, name) is { } port)
            {
                collector.AddPort(PortRole.Listen, host.Scope, host.Name, port, call, port, acceptsPortZero: false);
            }
        }
    }

    private static (HostScope Scope, string Name) ListeningHost(ImmutableArray<IArgumentOperation> arguments, UsageCollector collector)
    {
        if (Operands.Argument(arguments, "listenOnAnyHostAddress") is { } any)
        {
            return ValueResolver.Unwrap(any)?.ConstantValue is { HasValue: true, Value: true } ? (HostScope.AllInterfaces, "*")
                : ValueResolver.Unwrap(any)?.ConstantValue is { HasValue: true, Value: false } ? AdvertisedHost(arguments, collector)
                : (HostScope.Unknown, string.Empty);
        }

        return AdvertisedHost(arguments, collector);
    }

    private static (HostScope Scope, string Name) AdvertisedHost(ImmutableArray<IArgumentOperation> arguments, UsageCollector collector)
        => (Operands.Argument(arguments, "advertisedIP") ?? Operands.Argument(arguments, "hostname")) is { } host
            ? collector.HostOf(host)
            : (HostScope.Specific, AdvertisedAddress);
}
