using System.Collections.Generic;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Config;

/// <summary>Turns configuration values (URL lists, port lists, URLs) into <see cref="ConfigPort"/>s at their exact positions.</summary>
internal sealed class ConfigPortCollector
{
    private int groups;

    public List<ConfigPort> Ports { get; } = new();

    /// <summary>A new group of listeners that start together (one <c>urls</c> value, the Kestrel endpoints of a file).</summary>
    public int NewGroup() => groups++;

    /// <summary>Adds each URL with a known port in the semicolon list <paramref name="value"/>.</summary>
    public void AddUrls(JsonValue value, PortRole role, int group, bool validityOnly = false)
    {
        if (value.ScalarText is not { } text)
        {
            return;
        }

        foreach (var url in EndpointUrl.ParseList(text))
        {
            if (url.Port is { } port)
            {
                var (start, length) = url.HasExplicitPort ? value.SpanOf(url.PortStart, url.PortLength) : value.SpanOf(url.Start, url.Length);
                Ports.Add(new ConfigPort(new PortUsage(role, url.HostScope, port, url.Scheme), url.Host, start, length, group, validityOnly));
            }
        }
    }

    /// <summary>Adds each port of a semicolon list of ports on all interfaces (<c>http_ports</c>, <c>ASPNETCORE_HTTPS_PORTS</c>).</summary>
    private void AddPortList(JsonValue value, string scheme, int group)
    {
        if (value.ScalarText is not { } text)
        {
            return;
        }

        foreach (var (port, portStart, portLength) in PortList.Parse(text))
        {
            var (start, length) = value.SpanOf(portStart, portLength);
            Ports.Add(new ConfigPort(new PortUsage(PortRole.Listen, HostScope.AllInterfaces, port, scheme), "*", start, length, group, ValidityOnly: false));
        }
    }

    /// <summary>Adds each server a connection string value connects to, understood as in code.</summary>
    public void AddConnectionString(JsonValue value)
    {
        if (value.ScalarText is not { } text)
        {
            return;
        }

        // The key says it is a connection string, so a single key=value pair counts; a bare host:port list is how
        // Redis clients (StackExchange.Redis, Aspire's AddRedisClient) read theirs.
        var endpoints = ConnectionStrings.ParseKnown(text);
        if (endpoints.Count == 0)
        {
            endpoints = ConnectionStrings.ParseRedisConfiguration(text);
        }

        foreach (var endpoint in endpoints)
        {
            var (start, length) = value.SpanOf(endpoint.PortStart, endpoint.PortLength);
            var usage = new PortUsage(PortRole.ClientTarget, endpoint.HostScope, endpoint.Port, endpoint.Scheme);
            Ports.Add(new ConfigPort(usage, endpoint.Host, start, length, ConfigPort.NoGroup, ValidityOnly: false));
        }
    }

    /// <summary>Adds the HTTP and HTTPS port lists under <paramref name="parent"/>: they bind together, so they share a group.</summary>
    public void AddHttpPortLists(JsonValue parent, string httpKey, string httpsKey)
    {
        var group = NewGroup();
        foreach (var http in parent.Named(httpKey))
        {
            AddPortList(http, "http", group);
        }

        foreach (var https in parent.Named(httpsKey))
        {
            AddPortList(https, "https", group);
        }
    }

    /// <summary>Adds a number that Visual Studio chose (an IIS Express SSL port): only its validity is checked.</summary>
    public void AddGeneratedPort(JsonValue value)
    {
        if (value.ScalarText is { } text && EndpointUrl.TryParsePort(text, 0, text.Length, out var port) && port is { } known)
        {
            var (start, length) = value.SpanOf(0, text.Length);
            Ports.Add(new ConfigPort(new PortUsage(PortRole.Listen, HostScope.Loopback, known, "https"), "localhost", start, length, ConfigPort.NoGroup, ValidityOnly: true));
        }
    }
}
