using System;
using System.Collections.Generic;
using System.Linq;

namespace PortAnalyzers.Ports;

/// <summary>
/// The words that mark a connection string: the schemes of service URIs, the ADO.NET keys of a host and a port, and
/// the StackExchange.Redis options. The grammars read them to recognise a string; the first look at each string of
/// the code (<c>ConnectionStringCandidates</c>) reads the same words, <see cref="ServiceSchemes"/> and
/// <see cref="KeyEndings"/>, to turn away the strings that cannot be one, so the two cannot drift apart.
/// </summary>
internal static class ConnectionStringVocabulary
{
    /// <summary>Schemes of services reached through a connection URI; http(s) URLs are <see cref="EndpointUrl"/>'s business.</summary>
    private static readonly HashSet<string> Schemes = new(StringComparer.OrdinalIgnoreCase)
    {
        "postgres", "postgresql", "mysql", "mariadb", "mongodb", "redis", "rediss", "valkey", "valkeys", "amqp", "amqps",
        "nats", "ws", "wss", "mqtt", "mqtts", "sqlserver", "mssql", "cassandra", "couchbase", "couchbases",
        "memcached", "neo4j", "bolt", "kafka", "rabbitmq", "clickhouse", "ldap", "ldaps",
    };

    /// <summary>ADO.NET keys whose value is a host, possibly with a port (<c>host,port</c>, <c>host:port</c>, or a list of them).</summary>
    private static readonly HashSet<string> HostKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "Server", "Data Source", "DataSource", "Address", "Addr", "Network Address", "Host", "Hostname", "Host Name",
    };

    private const string PortKey = "Port";

    /// <summary>StackExchange.Redis options: one of them marks <c>host:port,option=value</c> text as a Redis configuration.</summary>
    private static readonly HashSet<string> RedisOptions = new(StringComparer.OrdinalIgnoreCase)
    {
        "abortConnect", "allowAdmin", "channelPrefix", "checkCertificateRevocation", "connectRetry", "connectTimeout",
        "configChannel", "configCheckSeconds", "defaultDatabase", "keepAlive", "name", "password", "user", "proxy",
        "resolveDns", "serviceName", "ssl", "sslHost", "sslProtocols", "syncTimeout", "asyncTimeout", "tiebreaker",
        "version", "setlib", "protocol", "highPrioritySocketThreads", "responseTimeout", "writeBuffer",
    };

    /// <summary>
    /// The schemes a connection URI may start with: <see cref="ConnectionStrings.Parse(string)"/> reads no URI whose
    /// <c>://</c> does not follow one of these.
    /// </summary>
    public static IEnumerable<string> ServiceSchemes => Schemes;

    /// <summary>
    /// The words a key must end with for <see cref="ConnectionStrings.Parse(string)"/> to read an endpoint from a
    /// <c>key=value</c> or Redis string: the last word of a host key (<c>Data Source</c>: <c>Source</c>), <c>Port</c>,
    /// or a Redis option.
    /// </summary>
    public static IEnumerable<string> KeyEndings
    {
        get
        {
            foreach (var key in HostKeys)
            {
                yield return key.Substring(key.LastIndexOf(' ') + 1);
            }

            yield return PortKey;
            foreach (var option in RedisOptions)
            {
                yield return option;
            }
        }
    }

    /// <summary>The ADO.NET keys of a host or a port, as builder properties name them.</summary>
    public static IEnumerable<string> HostAndPortKeys => HostKeys.Concat(new[] { PortKey });

    public static bool IsServiceScheme(string scheme) => Schemes.Contains(scheme);

    /// <summary>Whether an ADO.NET key or builder property names the server (<c>Server</c>, <c>Data Source</c>, <c>Host</c>, ...).</summary>
    public static bool IsHostKey(string key) => HostKeys.Contains(key);

    public static bool IsPortKey(string key) => key.Trim().Equals(PortKey, StringComparison.OrdinalIgnoreCase);

    public static bool IsRedisOption(string key) => RedisOptions.Contains(key);
}
