using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>
/// The ports of an Aspire AppHost. <c>port</c> is a port of the developer's machine (the proxy in front of a
/// resource); <c>targetPort</c> is one too for a project or an executable, which listens on the machine itself, but
/// is inside the container network for a container, and not judged there. Without a proxy (<c>isProxied: false</c>)
/// a project or executable listens on one port, which both name.
/// </summary>
internal static class AspireOperands
{
    /// <summary><c>WithEndpoint</c>, <c>WithHttpEndpoint</c>, <c>WithHttpsEndpoint</c>.</summary>
    public static Extraction Endpoint(string? scheme)
        => (call, arguments, collector) =>
        {
            var port = Operands.Argument(arguments, "port");
            if (!RunsOnTheMachine((IInvocationOperation)call, collector.Symbols))
            {
                AddPort(port, call, scheme, collector);
                return;
            }

            var targetPort = Operands.Argument(arguments, "targetPort");
            if (IsProxyless(arguments))
            {
                // Without a proxy only the process listens, on the port both name: Aspire requires them to be equal
                // and takes either for the other when one is missing.
                AddPort(IsWrittenNull(targetPort) ? port : targetPort, call, scheme, collector);
                return;
            }

            AddPort(port, call, scheme, collector);
            AddPort(targetPort, call, scheme, collector);
        };

    /// <summary>The host port of a resource or tool (<c>AddRedis(name, port)</c>, <c>WithHostPort(port)</c>, …).</summary>
    public static void HostPort(IOperation call, ImmutableArray<IArgumentOperation> arguments, UsageCollector collector)
        => AddPort(Operands.Argument(arguments, "port"), call, scheme: null, collector);

    /// <summary><c>WithEndpoint("http", e => e.Port = 5000)</c>: the host port set in the callback.</summary>
    public static void CallbackPort(IOperation assignment, ImmutableArray<IArgumentOperation> arguments, UsageCollector collector)
        => AddPort(((ISimpleAssignmentOperation)assignment).Value, assignment, scheme: null, collector);

    /// <summary>The endpoint callback's property that sets the host port.</summary>
    public static readonly string[] HostPortProperties = { "Port" };

    private static void AddPort(IOperation? port, IOperation call, string? scheme, UsageCollector collector)
    {
        // Aspire's proxies and the processes it starts listen on localhost; a null port lets it choose (no usage).
        if (port is not null)
        {
            collector.AddPort(PortRole.Listen, HostScope.Loopback, "localhost", port, call, port, scheme, acceptsPortZero: false);
        }
    }

    /// <summary><c>isProxied: false</c>, written as a constant; a value known only at run time keeps the proxy.</summary>
    private static bool IsProxyless(ImmutableArray<IArgumentOperation> arguments)
        => ValueResolver.Unwrap(Operands.Argument(arguments, "isProxied")) is { ConstantValue: { HasValue: true, Value: false } };

    private static bool IsWrittenNull(IOperation? port)
        => port is null || ValueResolver.Unwrap(port) is { ConstantValue: { HasValue: true, Value: null } };

    /// <summary>A project or executable resource: its target port is a port of the machine too.</summary>
    private static bool RunsOnTheMachine(IInvocationOperation call, KnownTypes symbols)
        => call.TargetMethod.TypeArguments.Length == 1
           && call.TargetMethod.TypeArguments[0] is var resource
           && (KnownTypes.IsOrDerivesFrom(resource, symbols.AspireProjectResource) || KnownTypes.IsOrDerivesFrom(resource, symbols.AspireExecutableResource));
}
