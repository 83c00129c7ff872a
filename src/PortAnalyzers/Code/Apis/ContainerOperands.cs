using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>The host port of a Testcontainers port binding.</summary>
internal static class ContainerOperands
{
    /// <summary>The parameter of the overloads that publish a port on the same, or a random, host port.</summary>
    public const string PortParameter = "port";

    /// <summary>The parameter of the overloads that publish a container port on a given host port.</summary>
    public const string HostPortParameter = "hostPort";

    public const string ContainerPortParameter = "containerPort";

    private const string RandomHostPortParameter = "assignRandomHostPort";

    /// <summary>
    /// <c>WithPortBinding(hostPort, containerPort)</c> binds <c>hostPort</c>; <c>WithPortBinding(port)</c> and
    /// <c>WithPortBinding(port, false)</c> bind <c>port</c> on the host too; <c>WithPortBinding(port, true)</c> lets
    /// Docker pick. Ports are numbers or text (<c>"5432"</c>, <c>"5432/udp"</c>).
    /// </summary>
    public static void PortBinding(IOperation call, ImmutableArray<IArgumentOperation> arguments, UsageCollector collector)
    {
        var hostPort = Operands.Argument(arguments, HostPortParameter);
        if (hostPort is null && Operands.Argument(arguments, PortParameter) is { } port && !AssignsRandomHostPort(arguments, collector))
        {
            hostPort = port;
        }

        if (hostPort is null)
        {
            return;
        }

        if (hostPort.Type?.SpecialType == SpecialType.System_String)
        {
            collector.AddPortText(PortRole.TestContainerHostPort, HostScope.AllInterfaces, hostPort);
        }
        else
        {
            collector.AddPort(PortRole.TestContainerHostPort, HostScope.AllInterfaces, string.Empty, hostPort, call, hostPort, acceptsPortZero: false);
        }
    }

    /// <summary>An <c>assignRandomHostPort</c> that is not known to be false counts as true: only a sure fixed port reports.</summary>
    private static bool AssignsRandomHostPort(ImmutableArray<IArgumentOperation> arguments, UsageCollector collector)
        => Operands.Argument(arguments, RandomHostPortParameter) is { } random
           && ValueResolver.Unwrap(random)?.ConstantValue is not { HasValue: true, Value: false };
}
