using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>Listening usages of HTTP servers: Kestrel options, URLs given to ASP.NET Core, HttpListener prefixes.</summary>
internal static class HttpServerUsageExtractor
{
    public const string UrlsVariable = "ASPNETCORE_URLS";
    public const string HttpPortsVariable = "ASPNETCORE_HTTP_PORTS";
    public const string HttpsPortsVariable = "ASPNETCORE_HTTPS_PORTS";

    public static void Extract(IInvocationOperation invocation, UsageCollector collector)
    {
        var method = invocation.TargetMethod;
        var symbols = collector.Symbols;
        var arguments = invocation.Arguments;
        var containingType = method.ContainingType;
        if (KnownTypes.Is(containingType, symbols.KestrelServerOptions))
        {
            ExtractKestrel(invocation, collector);
        }
        else if (method.Name == "UseUrls" && KnownTypes.Is(containingType, symbols.WebHostBuilderExtensions))
        {
            foreach (var url in UseUrlsArguments(invocation))
            {
                collector.AddUrls(PortRole.Listen, url);
            }
        }
        else if (IsWebApplicationUrlsAdd(invocation, symbols) || IsWebApplicationRun(invocation, symbols))
        {
            collector.AddUrls(PortRole.Listen, arguments[0].Value);
        }
        else if (method.Name == "Add" && KnownTypes.Is(containingType, symbols.HttpListenerPrefixCollection) && arguments.Length == 1)
        {
            // http.sys cannot pick a free port for a prefix: no "port 0" fix here.
            collector.AddUrls(PortRole.Listen, arguments[0].Value, acceptsPortZero: false);
        }
        else if (method.Name == "SetEnvironmentVariable" && KnownTypes.Is(containingType, symbols.Environment) && arguments.Length >= 2)
        {
            ExtractEnvironmentVariable(invocation, collector);
        }
    }

    /// <summary>The URL arguments of a <c>UseUrls(params string[])</c> call, however they are passed.</summary>
    public static System.Collections.Generic.IEnumerable<IOperation> UseUrlsArguments(IInvocationOperation invocation)
    {
        if (UsageCollector.Argument(invocation.Arguments, "urls") is not { } urls)
        {
            yield break;
        }

        if (ValueResolver.Unwrap(urls) is IArrayCreationOperation { Initializer: { } initializer })
        {
            foreach (var element in initializer.ElementValues)
            {
                yield return element;
            }
        }
        else
        {
            yield return urls;
        }
    }

    public static bool IsKestrelListen(IInvocationOperation invocation, KnownTypes symbols)
        => invocation.TargetMethod.Name.StartsWith("Listen", StringComparison.Ordinal)
           && KnownTypes.Is(invocation.TargetMethod.ContainingType, symbols.KestrelServerOptions);

    public static bool IsWebApplicationUrlsAdd(IInvocationOperation invocation, KnownTypes symbols)
        => invocation.TargetMethod.Name == "Add" && invocation.Arguments.Length == 1
           && ValueResolver.Unwrap(invocation.Instance) is IPropertyReferenceOperation { Property.Name: "Urls" } urls
           && KnownTypes.Is(urls.Property.ContainingType, symbols.WebApplication);

    private static bool IsWebApplicationRun(IInvocationOperation invocation, KnownTypes symbols)
        => invocation.TargetMethod.Name is "Run" or "RunAsync" && invocation.Arguments.Length == 1
           && invocation.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String
           && KnownTypes.Is(invocation.TargetMethod.ContainingType, symbols.WebApplication);

    private static void ExtractKestrel(IInvocationOperation invocation, UsageCollector collector)
    {
        var arguments = invocation.Arguments;
        switch (invocation.TargetMethod.Name)
        {
            case "Listen" when UsageCollector.Argument(arguments, "endPoint") is { } endpoint:
                collector.AddEndpoint(PortRole.Listen, endpoint, invocation, "http");
                break;
            case "Listen" when UsageCollector.Argument(arguments, "port") is { } port && UsageCollector.Argument(arguments, "address") is { } address:
                collector.AddPort(PortRole.Listen, collector.Network.Host(address, collector.CancellationToken).Scope, port, invocation, port, "http");
                break;
            case "ListenAnyIP" when UsageCollector.Argument(arguments, "port") is { } port:
                collector.AddPort(PortRole.Listen, HostScope.AllInterfaces, port, invocation, port, "http");
                break;
            case "ListenLocalhost" when UsageCollector.Argument(arguments, "port") is { } port:
                // Kestrel refuses port 0 on localhost, so no fix may write it here.
                collector.AddPort(PortRole.Listen, HostScope.Loopback, port, invocation, port, "http", acceptsPortZero: false);
                break;
        }
    }

    private static void ExtractEnvironmentVariable(IInvocationOperation invocation, UsageCollector collector)
    {
        var name = UsageCollector.Argument(invocation.Arguments, "variable");
        var value = UsageCollector.Argument(invocation.Arguments, "value");
        if (name is null || value is null)
        {
            return;
        }

        switch (collector.Values.Text(name, collector.CancellationToken)?.Value?.ToUpperInvariant())
        {
            case UrlsVariable:
                collector.AddUrls(PortRole.Listen, value);
                break;
            case HttpPortsVariable:
                collector.AddPortList(value, "http");
                break;
            case HttpsPortsVariable:
                collector.AddPortList(value, "https");
                break;
        }
    }
}
