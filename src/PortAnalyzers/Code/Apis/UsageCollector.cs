using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>
/// Turns resolved operands (ports, endpoints, URLs, port lists, connection endpoints) into <see cref="CodeUsage"/>s,
/// with where to report them and what the code fixes need. One per analyzer callback: it holds the usages found
/// there; the resolvers it uses are per compilation.
/// </summary>
internal sealed class UsageCollector
{
    public UsageCollector(KnownTypes symbols, ValueResolver values, AddressResolver addresses, CancellationToken cancellationToken)
    {
        Symbols = symbols;
        Values = values;
        Addresses = addresses;
        CancellationToken = cancellationToken;
    }

    public KnownTypes Symbols { get; }

    public ValueResolver Values { get; }

    public AddressResolver Addresses { get; }

    public CancellationToken CancellationToken { get; }

    public List<CodeUsage> Usages { get; } = new();

    /// <summary>An empty collector over the same resolvers, for usages gathered apart (a group of bindings).</summary>
    public UsageCollector Fresh() => new(Symbols, Values, Addresses, CancellationToken);

    /// <summary>The scope and text of a host given as a name or as an <c>IPAddress</c>.</summary>
    public (HostScope Scope, string Name) HostOf(IOperation host)
    {
        if (host.Type?.SpecialType == SpecialType.System_String)
        {
            var text = Values.Text(host, CancellationToken)?.Value;
            return text is null ? (HostScope.Unknown, string.Empty) : (Hosts.Classify(text), text);
        }

        return Addresses.Host(host, CancellationToken);
    }

    /// <summary>Adds the usage of an integer port operand, reported where it is written in the call or else at <paramref name="argument"/>.</summary>
    public void AddPort(PortRole role, HostScope host, string hostName, IOperation port, IOperation call, IOperation argument, string? scheme = null, bool acceptsPortZero = true, bool isBindCall = false)
    {
        var writtenInCall = call.Syntax.Span.Contains(port.Syntax.Span);
        if (Values.Integer(port, CancellationToken) is not { } resolved)
        {
            if (ConditionalOf(port) is { } conditional)
            {
                AddPortArms(conditional, (writtenInCall ? port : argument).Syntax.GetLocation(), role, host, hostName, scheme, isBindCall);
            }

            return;
        }

        var location = (writtenInCall ? port : argument).Syntax.GetLocation();
        var origin = resolved.Origin ?? (writtenInCall ? null : port.Syntax.GetLocation());
        var fix = new FixHints(acceptsPortZero && writtenInCall, isBindCall);
        Add(new PortUsage(role, host, resolved.Value, scheme), hostName, location, origin, fix);
    }

    public void AddEndpoint(PortRole role, IOperation endpoint, IOperation call, string? scheme = null, bool acceptsPortZero = true, bool isBindCall = false)
    {
        if (Addresses.Endpoint(endpoint, CancellationToken) is not { } parts)
        {
            return;
        }

        if (parts.Port is { } port)
        {
            AddPort(role, parts.Scope, parts.Host, port, call, endpoint, scheme, acceptsPortZero, isBindCall);
        }
        else if (parts.ParsedPort is { } parsed)
        {
            // Reported at the text when the call holds it, else at the endpoint; a fix cannot rewrite a port inside text.
            var writtenInCall = call.Syntax.Span.Contains(parts.Text!.Syntax.Span);
            var location = (writtenInCall ? parts.Text : endpoint).Syntax.GetLocation();
            var origin = parsed.Origin ?? (writtenInCall ? null : parts.Text.Syntax.GetLocation());
            Add(new PortUsage(role, parts.Scope, parsed.Value, scheme), parts.Host, location, origin, new FixHints(AcceptsPortZero: false, isBindCall));
        }
    }

    /// <summary>Adds each URL of a URL or semicolon list of URLs, reported at <paramref name="urls"/>.</summary>
    public void AddUrls(PortRole role, IOperation urls, bool acceptsPortZero = true)
    {
        if (ConditionalOf(urls) is { } conditional)
        {
            AddUrlArms(conditional, urls.Syntax.GetLocation(), role);
            return;
        }

        foreach (var (url, resolved) in Urls(urls))
        {
            var fix = new FixHints(acceptsPortZero && resolved.Origin is null, IsBindCall: false);
            Add(new PortUsage(role, url.HostScope, url.Port!.Value, url.Scheme), url.Host, urls.Syntax.GetLocation(), resolved.Origin, fix);
        }
    }

    /// <summary>
    /// Adds the http(s) URL a client requests, reported at <paramref name="url"/>. ws/wss and service URIs are read as
    /// connection strings where they are written; a URL on all interfaces names a server, not a target.
    /// </summary>
    public void AddClientUrl(IOperation url)
    {
        if (ConditionalOf(url) is { } conditional)
        {
            AddArms(conditional, url.Syntax.GetLocation(), AddClientUrl);
            return;
        }

        foreach (var (parsed, resolved) in Urls(url))
        {
            if (parsed.Scheme is "http" or "https" && parsed.HostScope != HostScope.AllInterfaces)
            {
                var port = parsed.Port!.Value;
                Add(new PortUsage(PortRole.ClientTarget, parsed.HostScope, port, parsed.Scheme), parsed.Host, url.Syntax.GetLocation(), resolved.Origin, FixHints.None);
            }
        }
    }

    /// <summary>Adds an endpoint of a connection string as a client target; all-interfaces hosts are a server's, not a target.</summary>
    public void AddConnectionEndpoint(ConnectionEndpoint endpoint, Location location, Location? origin)
    {
        if (endpoint.HostScope != HostScope.AllInterfaces)
        {
            Add(new PortUsage(PortRole.ClientTarget, endpoint.HostScope, endpoint.Port, endpoint.Scheme), endpoint.Host, location, origin, FixHints.None);
        }
    }

    /// <summary>The URLs with a known port in a URL or semicolon list.</summary>
    public IEnumerable<(EndpointUrl Url, Resolved<string> Text)> Urls(IOperation urls)
    {
        if (Values.Text(urls, CancellationToken) is not { } resolved || resolved.Value.IndexOf("://", System.StringComparison.Ordinal) < 0)
        {
            yield break;
        }

        foreach (var url in EndpointUrl.ParseList(resolved.Value))
        {
            if (url.Port is not null)
            {
                yield return (url, resolved);
            }
        }
    }

    /// <summary>Adds a port written as text, with an optional protocol (<c>"5432"</c>, <c>"5432/udp"</c>), reported at <paramref name="text"/>.</summary>
    public void AddPortText(PortRole role, HostScope host, IOperation text)
    {
        if (Values.Text(text, CancellationToken) is not { } resolved)
        {
            return;
        }

        var value = resolved.Value;
        var slash = value.IndexOf('/');
        var digits = (slash < 0 ? value : value.Substring(0, slash)).Trim();
        if (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var port))
        {
            Add(new PortUsage(role, host, port), string.Empty, text.Syntax.GetLocation(), resolved.Origin, FixHints.None);
        }
    }

    /// <summary>Adds each port of a semicolon list of ports on all interfaces (<c>ASPNETCORE_HTTP_PORTS</c>).</summary>
    public void AddPortList(IOperation ports, string scheme)
    {
        if (Values.Text(ports, CancellationToken) is not { } resolved)
        {
            return;
        }

        foreach (var (port, _, _) in PortList.Parse(resolved.Value))
        {
            Add(new PortUsage(PortRole.Listen, HostScope.AllInterfaces, port, scheme), string.Empty, ports.Syntax.GetLocation(), resolved.Origin, FixHints.None);
        }
    }

    // The arms' lambdas live in methods of their own: a lambda capturing AddPort's or AddUrls' parameters would make
    // those methods allocate its closure on every call, conditional or not.
    private void AddPortArms(IConditionalOperation conditional, Location location, PortRole role, HostScope host, string hostName, string? scheme, bool isBindCall)
        => AddArms(conditional, location, arm => AddPort(role, host, hostName, arm, arm, arm, scheme, acceptsPortZero: false, isBindCall));

    private void AddUrlArms(IConditionalOperation conditional, Location location, PortRole role)
        => AddArms(conditional, location, arm => AddUrls(role, arm, acceptsPortZero: false));

    /// <summary>The conditional (<c>isDev ? a : b</c>) an operand is, whose arms <see cref="AddArms"/> reads; null for any other operand.</summary>
    private static IConditionalOperation? ConditionalOf(IOperation operand)
        => ValueResolver.Unwrap(operand) is IConditionalOperation { WhenFalse: not null } conditional ? conditional : null;

    /// <summary>
    /// A conditional (<c>isDev ? a : b</c>, nested too) whose every arm gives exactly one usage becomes one usage,
    /// reported at <paramref name="location"/>, that carries the other arms; no code fix rewrites it.
    /// </summary>
    private void AddArms(IConditionalOperation conditional, Location location, System.Action<IOperation> addArm)
    {
        var start = Usages.Count;
        foreach (var arm in new[] { conditional.WhenTrue, conditional.WhenFalse! })
        {
            var before = Usages.Count;
            addArm(arm);
            if (Usages.Count != before + 1)
            {
                Usages.RemoveRange(start, Usages.Count - start);
                return;
            }
        }

        var (first, second) = (Usages[start], Usages[start + 1]);
        Usages.RemoveRange(start, 2);
        var others = (first.OtherArms.IsDefault ? ImmutableArray<PortUsage>.Empty : first.OtherArms)
            .Add(second.Usage)
            .AddRange(second.OtherArms.IsDefault ? ImmutableArray<PortUsage>.Empty : second.OtherArms);
        Usages.Add(first with { Location = location, Origin = null, Fix = FixHints.None, OtherArms = others });
    }

    private void Add(PortUsage usage, string hostName, Location location, Location? origin, FixHints fix)
    {
        if (origin is not null && origin.SourceTree == location.SourceTree && location.SourceSpan.Contains(origin.SourceSpan))
        {
            origin = null;
        }

        Usages.Add(new CodeUsage(usage, hostName, location, origin, fix));
    }
}
