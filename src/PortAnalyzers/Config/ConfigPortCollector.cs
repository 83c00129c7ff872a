using System;
using System.Collections.Generic;
using PortAnalyzers.Config.Containers;
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
        if (value.Scalar is { } text)
        {
            AddUrls(text, role, group, validityOnly);
        }
    }

    /// <summary>Adds each URL with a known port in the semicolon list <paramref name="value"/>.</summary>
    public void AddUrls(ConfigText value, PortRole role, int group, bool validityOnly = false)
    {
        foreach (var url in EndpointUrl.ParseList(value.Text))
        {
            if (url.Port is { } port)
            {
                var (start, length) = url.HasExplicitPort ? value.SpanOf(url.PortStart, url.PortLength) : value.SpanOf(url.Start, url.Length);
                Ports.Add(new ConfigPort(new PortUsage(role, url.HostScope, port, url.Scheme), url.Host, start, length, group, validityOnly));
            }
        }
    }

    /// <summary>Adds each port of a semicolon list of ports on all interfaces (<c>http_ports</c>, <c>ASPNETCORE_HTTPS_PORTS</c>).</summary>
    private void AddPortList(ConfigText value, string scheme, int group)
    {
        foreach (var (port, portStart, portLength) in PortList.Parse(value.Text))
        {
            var (start, length) = value.SpanOf(portStart, portLength);
            Ports.Add(new ConfigPort(new PortUsage(PortRole.Listen, HostScope.AllInterfaces, port, scheme), "*", start, length, group, ValidityOnly: false));
        }
    }

    /// <summary>Adds each server a connection string value connects to, understood as in code.</summary>
    public void AddConnectionString(JsonValue json)
    {
        if (json.Scalar is not { } value)
        {
            return;
        }

        var text = value.Text;

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

    /// <summary>
    /// Adds where an app listens, as ASP.NET Core reads it under three keys (<c>urls</c>, <c>http_ports</c>,
    /// <c>https_ports</c> in appsettings; the <c>ASPNETCORE_</c> variables of a launch profile, a Dockerfile or a
    /// compose service): each URL list starts on its own, the HTTP and HTTPS port lists bind together (one group).
    /// </summary>
    public void AddListenSettings(Func<string, IEnumerable<ConfigText>> valuesOf, string urlsKey, string httpPortsKey, string httpsPortsKey)
    {
        foreach (var urls in valuesOf(urlsKey))
        {
            AddUrls(urls, PortRole.Listen, NewGroup());
        }

        var group = NewGroup();
        foreach (var http in valuesOf(httpPortsKey))
        {
            AddPortList(http, "http", group);
        }

        foreach (var https in valuesOf(httpsPortsKey))
        {
            AddPortList(https, "https", group);
        }
    }

    /// <summary>
    /// Adds a port or range of a container file at its place: the first port as a listener on <paramref name="host"/>,
    /// or only for its validity; the last port of a range only for its validity.
    /// </summary>
    public void AddRange(PortSpan span, string host, int group, bool validityOnly)
    {
        var (start, length) = span.Text.Span;
        var written = host.Length == 0 ? "*" : host;
        var scope = Hosts.Classify(written);
        Ports.Add(new ConfigPort(new PortUsage(PortRole.Listen, scope, span.Low), written, start, length, group, validityOnly));
        if (span.High != span.Low)
        {
            Ports.Add(new ConfigPort(new PortUsage(PortRole.Listen, scope, span.High), written, start, length, ConfigPort.NoGroup, ValidityOnly: true));
        }
    }

    /// <summary>Adds a number that Visual Studio chose (an IIS Express SSL port): only its validity is checked.</summary>
    public void AddGeneratedPort(JsonValue json)
    {
        if (json.Scalar is { } value && EndpointUrl.TryParsePort(value.Text, 0, value.Text.Length, out var port) && port is { } known)
        {
            var text = value.Text;
            var (start, length) = value.SpanOf(0, text.Length);
            Ports.Add(new ConfigPort(new PortUsage(PortRole.Listen, HostScope.Loopback, known, "https"), "localhost", start, length, ConfigPort.NoGroup, ValidityOnly: true));
        }
    }
}
