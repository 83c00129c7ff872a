using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>
/// The operand shapes of the watched APIs, each naming the parameter that holds the port, host, endpoint or URL and
/// the role of the port: the building blocks of <see cref="WatchedApis"/>.
/// </summary>
internal static class Operands
{
    /// <summary>An integer port; its host from the <paramref name="host"/> argument (an address or a name), else <paramref name="otherwise"/>.</summary>
    public static Extraction Port(string port, PortRole role, string? host = null, HostScope otherwise = HostScope.AllInterfaces, string? scheme = null, bool acceptsPortZero = true)
        => (operation, arguments, collector) =>
        {
            if (Argument(arguments, port) is not { } portOperand)
            {
                return;
            }

            var hostOperand = host is null ? null : Argument(arguments, host);
            var (scope, name) = hostOperand is null ? (otherwise, string.Empty) : collector.HostOf(hostOperand);
            collector.AddPort(role, scope, name, portOperand, operation, portOperand, scheme, acceptsPortZero);
        };

    /// <summary>An integer port with the host name or address that must come with it (a client's target).</summary>
    public static Extraction Target(string host, string port)
        => (operation, arguments, collector) =>
        {
            if (Argument(arguments, host) is { } hostOperand && Argument(arguments, port) is { } portOperand)
            {
                var (scope, name) = collector.HostOf(hostOperand);
                collector.AddPort(PortRole.ClientTarget, scope, name, portOperand, operation, portOperand, acceptsPortZero: false);
            }
        };

    /// <summary>An <c>IPEndPoint</c> or <c>DnsEndPoint</c>.</summary>
    public static Extraction Endpoint(string endpoint, PortRole role, string? scheme = null, bool acceptsPortZero = true)
        => (operation, arguments, collector) =>
        {
            if (Argument(arguments, endpoint) is { } operand)
            {
                collector.AddEndpoint(role, operand, operation, scheme, acceptsPortZero);
            }
        };

    /// <summary>A URL or a <c>;</c> list of URLs, or a <c>params</c> array of them.</summary>
    public static Extraction Urls(string urls, PortRole role, bool acceptsPortZero = true)
        => (_, arguments, collector) =>
        {
            foreach (var url in Elements(Argument(arguments, urls)))
            {
                collector.AddUrls(role, url, acceptsPortZero);
            }
        };

    /// <summary>The http(s) URL a client requests, when given as a string (a <c>Uri</c> is found where it is created).</summary>
    public static Extraction ClientUrl(string url)
        => (_, arguments, collector) =>
        {
            if (Argument(arguments, url) is { } operand && ValueResolver.Unwrap(operand)?.Type?.SpecialType == SpecialType.System_String)
            {
                collector.AddClientUrl(operand);
            }
        };

    /// <summary>
    /// A setting that decides where ASP.NET Core listens, by its name: <c>urls</c>, <c>http_ports</c> or
    /// <c>https_ports</c> (<see cref="ListenSettings"/>) after <paramref name="prefix"/> (<c>ASPNETCORE_</c> for an
    /// environment variable, none for a host setting), in any case, as configuration reads names.
    /// </summary>
    public static Extraction ListenerSetting(string name, string value, string prefix = "")
        => (_, arguments, collector) =>
        {
            if (Argument(arguments, name) is not { } nameOperand || Argument(arguments, value) is not { } valueOperand)
            {
                return;
            }

            var text = collector.Values.Text(nameOperand, collector.CancellationToken)?.Value ?? WebHostDefaultsValue(nameOperand, collector.Symbols);
            if (text is null || !text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            var setting = text.Substring(prefix.Length);
            if (ListenSettings.Names(setting, ListenSettings.Urls))
            {
                collector.AddUrls(PortRole.Listen, valueOperand);
            }
            else if (ListenSettings.Names(setting, ListenSettings.HttpPorts))
            {
                collector.AddPortList(valueOperand, "http");
            }
            else if (ListenSettings.Names(setting, ListenSettings.HttpsPorts))
            {
                collector.AddPortList(valueOperand, "https");
            }
        };

    /// <summary>
    /// The setting name a field of <c>WebHostDefaults</c> holds: they are <c>static readonly</c>, so the reference
    /// assemblies do not carry their values.
    /// </summary>
    private static string? WebHostDefaultsValue(IOperation operand, KnownTypes types)
    {
        if (ValueResolver.Unwrap(operand) is IFieldReferenceOperation { Field: var field } && types.WebHostDefaults.Matches(field.ContainingType))
        {
            foreach (var (name, setting) in ListenSettings.WebHostDefaultsFields)
            {
                if (field.Name == name)
                {
                    return setting;
                }
            }
        }

        return null;
    }

    /// <summary>The argument given for the parameter named <paramref name="name"/>, if any.</summary>
    public static IOperation? Argument(ImmutableArray<IArgumentOperation> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == name && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>The elements of a <c>params</c> array written in the call, or the operand itself.</summary>
    private static IEnumerable<IOperation> Elements(IOperation? operand)
    {
        if (operand is null)
        {
            yield break;
        }

        if (ValueResolver.Unwrap(operand) is IArrayCreationOperation { Initializer: { } initializer })
        {
            foreach (var element in initializer.ElementValues)
            {
                yield return element;
            }
        }
        else
        {
            yield return operand;
        }
    }
}
