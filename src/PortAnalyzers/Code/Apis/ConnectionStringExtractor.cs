using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>
/// The ports connection strings connect to. Strings are recognised by content where they are written, so a
/// connection string held in a constant is reported once, at its literal; the APIs that take connection strings
/// (ADO.NET connections and builders, StackExchange.Redis) add what only they make certain: a lone
/// <c>key=value</c> pair, a bare <c>host:port</c> list, builder properties.
/// </summary>
internal static class ConnectionStringExtractor
{
    public static void Extract(IObjectCreationOperation creation, UsageCollector collector)
    {
        if (collector.Symbols.IsAdoType(creation.Type) && UsageCollector.Argument(creation.Arguments, "connectionString") is { } connectionString)
        {
            AddPassed(connectionString, collector, redis: false);
        }
    }

    public static void Extract(IInvocationOperation invocation, UsageCollector collector)
    {
        var method = invocation.TargetMethod;
        var symbols = collector.Symbols;
        var isRedis = (method.Name is "Connect" or "ConnectAsync" && KnownTypes.Is(method.ContainingType, symbols.RedisConnectionMultiplexer))
            || (method.Name == "Parse" && KnownTypes.Is(method.ContainingType, symbols.RedisConfigurationOptions));
        var arguments = invocation.Arguments;
        if (isRedis && UsageCollector.Argument(arguments, "configuration") is { } configuration
            && configuration.Type?.SpecialType == SpecialType.System_String)
        {
            AddPassed(configuration, collector, redis: true);
        }
        else if (method.Name == "Add" && KnownTypes.Is(method.ContainingType, symbols.RedisEndPointCollection))
        {
            ExtractRedisEndPoint(invocation, collector);
        }
        else if (method.Name == "Add" && symbols.IsAdoType(method.ContainingType)
            && UsageCollector.Argument(arguments, "keyword") is { } keyword && UsageCollector.Argument(arguments, "value") is { } value)
        {
            AddKeyValue(collector.Values.Text(keyword, collector.CancellationToken)?.Value, value, invocation, collector);
        }
    }

    /// <summary>Builder properties and indexers (<c>Port</c>, <c>DataSource</c>, <c>["Port"]</c>) and <c>ConnectionString</c> of ADO.NET types.</summary>
    public static void Extract(ISimpleAssignmentOperation assignment, UsageCollector collector)
    {
        if (ValueResolver.Unwrap(assignment.Target) is not IPropertyReferenceOperation target || !collector.Symbols.IsAdoType(target.Property.ContainingType))
        {
            return;
        }

        string? key = target.Property.Name;
        if (target.Property.IsIndexer)
        {
            key = target.Arguments.Length == 1 ? collector.Values.Text(target.Arguments[0].Value, collector.CancellationToken)?.Value : null;
        }
        else if (key == "ConnectionString")
        {
            AddPassed(assignment.Value, collector, redis: false);
            return;
        }

        AddKeyValue(key, assignment.Value, assignment, collector);
    }

    /// <summary><c>EndPoints.Add("host", port)</c> or <c>EndPoints.Add("host:port")</c> (also as a collection initializer).</summary>
    private static void ExtractRedisEndPoint(IInvocationOperation invocation, UsageCollector collector)
    {
        var arguments = invocation.Arguments;
        if (UsageCollector.Argument(arguments, "port") is { } port && UsageCollector.Argument(arguments, "host") is { } host)
        {
            collector.AddPort(PortRole.ClientTarget, ClientTargetExtractor.HostScopeOf(host, collector), port, invocation, port, acceptsPortZero: false);
        }
        else if (UsageCollector.Argument(arguments, "hostAndPort") is { } hostAndPort)
        {
            AddPassed(hostAndPort, collector, redis: true);
        }
    }

    /// <summary>A builder key (property name, indexer or <c>Add</c> keyword) and its value.</summary>
    private static void AddKeyValue(string? key, IOperation assigned, IOperation call, UsageCollector collector)
    {
        if (key is null)
        {
            return;
        }

        var value = ValueResolver.Unwrap(assigned)!;
        if (ConnectionStrings.IsPortKey(key))
        {
            AddPort(call, value, collector);
        }
        else if (ConnectionStrings.IsHostKey(key) && collector.Values.Text(value, collector.CancellationToken) is { } host)
        {
            foreach (var endpoint in ConnectionStrings.ParseHostValue(host.Value))
            {
                collector.AddConnectionEndpoint(endpoint, value.Syntax.GetLocation(), host.Origin);
            }
        }
    }

    private static void AddPort(IOperation call, IOperation value, UsageCollector collector)
    {
        if (value.Type?.SpecialType != SpecialType.System_String)
        {
            collector.AddPort(PortRole.ClientTarget, HostScope.Unknown, value, call, value, acceptsPortZero: false);
        }
        else if (collector.Values.Text(value, collector.CancellationToken) is { } text
            && EndpointUrl.TryParsePort(text.Value.Trim(), 0, text.Value.Trim().Length, out var port) && port is { } known)
        {
            collector.AddConnectionEndpoint(new ConnectionEndpoint(string.Empty, known, null, 0, text.Value.Length), value.Syntax.GetLocation(), text.Origin);
        }
    }

    /// <summary>
    /// A string an API takes as a connection string. What the content alone shows was reported where it is written;
    /// here only what needs the API to be certain is added.
    /// </summary>
    private static void AddPassed(IOperation argument, UsageCollector collector, bool redis)
    {
        if (collector.Values.Text(argument, collector.CancellationToken) is not { } text || ConnectionStrings.Parse(text.Value).Count > 0)
        {
            return;
        }

        var endpoints = redis ? ConnectionStrings.ParseRedisConfiguration(text.Value) : ConnectionStrings.Parse(text.Value, lenient: true);
        foreach (var endpoint in endpoints)
        {
            collector.AddConnectionEndpoint(endpoint, argument.Syntax.GetLocation(), text.Origin);
        }
    }
}
