using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>
/// An endpoint whose host is classified, and whose port is an operation still to resolve or, for an endpoint parsed
/// from text (<c>IPEndPoint.Parse("0.0.0.0:80")</c>), already known with the text it was read from.
/// </summary>
internal readonly record struct EndpointParts(HostScope Scope, string Host, IOperation? Port, Resolved<long>? ParsedPort = null, IOperation? Text = null);

/// <summary>Resolves <c>IPAddress</c> and <c>IPEndPoint</c>/<c>DnsEndPoint</c> expressions to hosts and ports.</summary>
internal sealed class AddressResolver
{
    private const long LoopbackAddressValue = 0x0100007F;

    private readonly KnownTypes symbols;
    private readonly ValueResolver values;

    public AddressResolver(KnownTypes symbols, ValueResolver values)
    {
        this.symbols = symbols;
        this.values = values;
    }

    public (HostScope Scope, string Host) Host(IOperation? address, CancellationToken cancellationToken)
    {
        for (var depth = 0; depth < 4; depth++)
        {
            address = ValueResolver.Unwrap(address);
            switch (address)
            {
                case IFieldReferenceOperation { Field.IsStatic: true } field when KnownTypes.Is(field.Field.ContainingType, symbols.IPAddress):
                    return field.Field.Name switch
                    {
                        "Any" => (HostScope.AllInterfaces, "0.0.0.0"),
                        "IPv6Any" => (HostScope.AllInterfaces, "[::]"),
                        "Loopback" => (HostScope.Loopback, "127.0.0.1"),
                        "IPv6Loopback" => (HostScope.Loopback, "[::1]"),
                        _ => (HostScope.Specific, field.Field.Name),
                    };
                case IInvocationOperation { TargetMethod.Name: "Parse", Arguments.Length: 1 } parse when KnownTypes.Is(parse.TargetMethod.ContainingType, symbols.IPAddress):
                    var text = values.Text(parse.Arguments[0].Value, cancellationToken)?.Value;
                    return text is null ? (HostScope.Unknown, string.Empty) : (Hosts.Classify(text), text);
                case IObjectCreationOperation { Arguments.Length: 1 } creation when KnownTypes.Is(creation.Type, symbols.IPAddress)
                    && creation.Arguments[0].Value.Type?.SpecialType == SpecialType.System_Int64:
                    return HostOfNumericAddress(creation.Arguments[0].Value, cancellationToken);
                case null:
                    return (HostScope.Unknown, string.Empty);
            }

            address = values.Follow(address, cancellationToken);
        }

        return (HostScope.Unknown, string.Empty);
    }

    /// <summary>The parts of an endpoint created with <c>new IPEndPoint(…)</c> or <c>new DnsEndPoint(…)</c>, here or in a local.</summary>
    public EndpointParts? Endpoint(IOperation? endpoint, CancellationToken cancellationToken)
    {
        for (var depth = 0; depth < 4; depth++)
        {
            endpoint = ValueResolver.Unwrap(endpoint);
            if (endpoint is IObjectCreationOperation { Arguments.Length: 2 } creation)
            {
                var host = creation.Arguments[0].Value;
                var port = creation.Arguments[1].Value;
                if (KnownTypes.Is(creation.Type, symbols.IPEndPoint))
                {
                    var (scope, text) = host.Type?.SpecialType == SpecialType.System_Int64
                        ? HostOfNumericAddress(host, cancellationToken)
                        : Host(host, cancellationToken);
                    return new EndpointParts(scope, text, port);
                }

                if (KnownTypes.Is(creation.Type, symbols.DnsEndPoint))
                {
                    var name = values.Text(host, cancellationToken)?.Value;
                    return new EndpointParts(name is null ? HostScope.Unknown : Hosts.Classify(name), name ?? string.Empty, port);
                }

                return null;
            }

            switch (endpoint)
            {
                case null:
                    return null;
                case IInvocationOperation { TargetMethod.Name: "Parse", Arguments.Length: 1 } parse when KnownTypes.Is(parse.TargetMethod.ContainingType, symbols.IPEndPoint):
                    return Parsed(parse.Arguments[0].Value, cancellationToken);
                case IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "TryParse", Arguments.Length: 2 } tryParse } when KnownTypes.Is(tryParse.TargetMethod.ContainingType, symbols.IPEndPoint):
                    return Parsed(tryParse.Arguments[0].Value, cancellationToken);
            }

            endpoint = values.Follow(endpoint, cancellationToken);
        }

        return null;
    }

    /// <summary><c>address:port</c> as <c>IPEndPoint.Parse</c> reads it: an IPv4 address or a bracketed IPv6 address, then the port.</summary>
    private EndpointParts? Parsed(IOperation text, CancellationToken cancellationToken)
    {
        if (text.Type?.SpecialType != SpecialType.System_String || values.Text(text, cancellationToken) is not { } resolved)
        {
            return null;
        }

        var value = resolved.Value.Trim();
        var colon = value.LastIndexOf(':');
        var bracketed = value.StartsWith("[", System.StringComparison.Ordinal);
        if (colon <= 0 || (bracketed ? value[colon - 1] != ']' : value.IndexOf(':') != colon)
            || !long.TryParse(value.Substring(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port))
        {
            return null;
        }

        // IPEndPoint.Parse takes addresses only: "localhost:80" throws (TryParse returns false).
        var host = value.Substring(0, colon);
        if (!System.Net.IPAddress.TryParse(bracketed ? host.Substring(1, host.Length - 2) : host, out _))
        {
            return null;
        }

        return new EndpointParts(Hosts.Classify(host), host, null, new Resolved<long>(port, resolved.Origin), text);
    }

    /// <summary>An address given as its number; another specific address is named by that number, so that two compare.</summary>
    private (HostScope Scope, string Host) HostOfNumericAddress(IOperation address, CancellationToken cancellationToken)
        => values.Integer(address, cancellationToken)?.Value switch
        {
            0 => (HostScope.AllInterfaces, "0.0.0.0"),
            LoopbackAddressValue => (HostScope.Loopback, "127.0.0.1"),
            null => (HostScope.Unknown, string.Empty),
            { } number => (HostScope.Specific, number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
}
