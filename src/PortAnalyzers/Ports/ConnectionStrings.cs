using System.Collections.Generic;

namespace PortAnalyzers.Ports;

/// <summary>
/// Recognises connection strings by their structure and reads the ports they connect to: URIs with a service scheme
/// (<see cref="ServiceUri"/>), ADO.NET <c>key=value;</c> strings (<see cref="AdoConnectionString"/>), and
/// StackExchange.Redis configuration strings (<see cref="RedisConfiguration"/>), tried in that order. Text that only
/// looks like one (a time, a ratio, a log line) is not read.
/// </summary>
internal static class ConnectionStrings
{
    /// <summary>The endpoints with a port in <paramref name="text"/> when its structure shows it is a connection string.</summary>
    public static List<ConnectionEndpoint> Parse(string text)
    {
        if (!MayBeConnectionString(text))
        {
            return new List<ConnectionEndpoint>();
        }

        return ServiceUri.Read(text)
            ?? AdoConnectionString.ReadIfItHasTwoPairsOrMore(text)
            ?? RedisConfiguration.ReadIfItNamesAnOption(text)
            ?? new List<ConnectionEndpoint>();
    }

    /// <summary>A StackExchange.Redis configuration, <c>host:port[,host:port][,option=value…]</c>, as passed to <c>ConnectionMultiplexer.Connect</c>.</summary>
    public static List<ConnectionEndpoint> ParseRedisConfiguration(string text)
        => (MayHavePort(text) ? RedisConfiguration.Read(text) : null) ?? new List<ConnectionEndpoint>();

    /// <summary>
    /// The value of a host key on its own (<c>builder.DataSource = "db,50000"</c>): SQL Server's <c>host,port</c> or
    /// <c>host:port</c> items.
    /// </summary>
    public static List<ConnectionEndpoint> ParseHostValue(string value)
        => MayHavePort(value) ? AdoConnectionString.ReadHostValue(value) : new List<ConnectionEndpoint>();

    /// <summary>What <see cref="Parse(string)"/> checks first, for callers that can skip it (and its allocation) on most text.</summary>
    public static bool MayBeConnectionString(string text) => MayBeStructured(text) && MayHavePort(text);

    /// <summary>
    /// Cheap rejection of most strings that reach <see cref="Parse(string)"/> from every literal (log messages, URLs,
    /// numbers): unless known to be one, a connection string is a URI (<c>://</c>) or has <c>key=value</c> pairs (two
    /// or more, or a Redis option).
    /// </summary>
    public static bool MayBeStructured(string text) => text.IndexOf('=') >= 0 || ServiceUri.Opens(text);

    /// <summary>
    /// The endpoints with a port in text known to be a connection string (passed to a connection, or a value of an
    /// appsettings <c>ConnectionStrings</c> section): a single <c>key=value</c> pair and a bare
    /// <c>host:port[,host:port]</c> list are read as well.
    /// </summary>
    public static List<ConnectionEndpoint> ParseKnown(string text)
    {
        if (!MayHavePort(text))
        {
            return new List<ConnectionEndpoint>();
        }

        return ServiceUri.Read(text)
            ?? AdoConnectionString.Read(text)
            ?? RedisConfiguration.Read(text)
            ?? new List<ConnectionEndpoint>();
    }

    /// <summary>Cheap rejection: every form needs a digit and a ':', ',' or '='.</summary>
    private static bool MayHavePort(string text)
    {
        var digit = false;
        var separator = false;
        foreach (var c in text)
        {
            digit |= c >= '0' && c <= '9';
            separator |= c is ':' or '=' or ',';
            if (digit && separator)
            {
                return true;
            }
        }

        return false;
    }
}
