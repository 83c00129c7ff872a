using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>
/// The ports connection strings connect to, where an API takes them. Strings are recognised by content where they are
/// written, so a connection string held in a constant is reported once, at its literal; the APIs (ADO.NET connections
/// and builders, StackExchange.Redis) add what only they make certain: a lone <c>key=value</c> pair, a bare
/// <c>host:port</c> list, builder properties.
/// </summary>
internal static class ConnectionStringOperands
{
    /// <summary>An ADO.NET connection string passed to an API.</summary>
    public static Extraction Ado(string parameter) => (_, arguments, collector) => AddPassed(Operands.Argument(arguments, parameter), collector, redis: false);

    /// <summary>A StackExchange.Redis configuration string passed to an API.</summary>
    public static Extraction Redis(string parameter)
        => (_, arguments, collector) =>
        {
            if (Operands.Argument(arguments, parameter) is { Type.SpecialType: SpecialType.System_String } configuration)
            {
                AddPassed(configuration, collector, redis: true);
            }
        };

    /// <summary><c>EndPoints.Add("host", port)</c> or <c>EndPoints.Add("host:port")</c> (also as a collection initializer).</summary>
    public static void RedisEndPoint(IOperation invocation, ImmutableArray<IArgumentOperation> arguments, UsageCollector collector)
    {
        if (Operands.Argument(arguments, "port") is { } port && Operands.Argument(arguments, "host") is { } host)
        {
            var (scope, name) = collector.HostOf(host);
            collector.AddPort(PortRole.ClientTarget, scope, name, port, invocation, port, acceptsPortZero: false);
        }
        else if (Operands.Argument(arguments, "hostAndPort") is { } hostAndPort)
        {
            AddPassed(hostAndPort, collector, redis: true);
        }
    }

    /// <summary>A builder's <c>Add(keyword, value)</c>.</summary>
    public static void AdoAdd(IOperation invocation, ImmutableArray<IArgumentOperation> arguments, UsageCollector collector)
    {
        if (arguments.Length == 2 && Operands.Argument(arguments, "keyword") is { } keyword && Operands.Argument(arguments, "value") is { } value)
        {
            AddKeyValue(collector.Values.Text(keyword, collector.CancellationToken)?.Value, value, invocation, collector);
        }
    }

    /// <summary>Builder properties and indexers (<c>Port</c>, <c>DataSource</c>, <c>["Port"]</c>) and <c>ConnectionString</c>.</summary>
    public static void AdoAssignment(IOperation operation, ImmutableArray<IArgumentOperation> arguments, UsageCollector collector)
    {
        var assignment = (ISimpleAssignmentOperation)operation;
        var target = (IPropertyReferenceOperation)assignment.Target;
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

    /// <summary>What a builder assignment can set: an indexer, a host or port property, the connection string.</summary>
    public static IEnumerable<string> BuilderProperties
        => new[] { WellKnownMemberNames.Indexer, "ConnectionString" }.Concat(ConnectionStringVocabulary.HostAndPortKeys);

    /// <summary>A builder key (property name, indexer or <c>Add</c> keyword) and its value.</summary>
    private static void AddKeyValue(string? key, IOperation assigned, IOperation call, UsageCollector collector)
    {
        if (key is null)
        {
            return;
        }

        var value = ValueResolver.Unwrap(assigned)!;
        if (ConnectionStringVocabulary.IsPortKey(key))
        {
            AddPort(call, value, collector);
        }
        else if (ConnectionStringVocabulary.IsHostKey(key) && collector.Values.Text(value, collector.CancellationToken) is { } host)
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
            collector.AddPort(PortRole.ClientTarget, HostScope.Unknown, string.Empty, value, call, value, acceptsPortZero: false);
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
    private static void AddPassed(IOperation? argument, UsageCollector collector, bool redis)
    {
        if (argument is null || collector.Values.Text(argument, collector.CancellationToken) is not { } text || ConnectionStrings.Parse(text.Value).Count > 0)
        {
            return;
        }

        var endpoints = redis ? ConnectionStrings.ParseRedisConfiguration(text.Value) : ConnectionStrings.ParseKnown(text.Value);
        foreach (var endpoint in endpoints)
        {
            collector.AddConnectionEndpoint(endpoint, argument.Syntax.GetLocation(), text.Origin);
        }
    }
}
