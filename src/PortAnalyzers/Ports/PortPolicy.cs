using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace PortAnalyzers.Ports;

/// <summary>
/// The one place that decides which rules a port usage breaks, for code and configuration files alike.
/// Built once per set of options; free of Roslyn types.
/// </summary>
internal sealed class PortPolicy
{
    public static readonly PortPolicy Default = new(PortOptions.Default);

    public PortPolicy(PortOptions options)
    {
        Options = options;
        OptionFindings = options.Problems.Select(problem => new PortFinding(DiagnosticIds.InvalidOption, problem.Key, problem.Value, problem.Expected)).ToImmutableArray();
    }

    public PortOptions Options { get; }

    /// <summary>
    /// PORT010 for each invalid option, made once per set of options: every file asks, and an enumerator per file was
    /// most of what the analyzers allocated once per file.
    /// </summary>
    public ImmutableArray<PortFinding> OptionFindings { get; }

    /// <summary>The findings for <paramref name="usage"/>, added to <paramref name="findings"/>.</summary>
    public void Evaluate(in PortUsage usage, List<PortFinding> findings)
    {
        var port = usage.Port;
        if (!PortNumber.IsValid(port))
        {
            findings.Add(new PortFinding(DiagnosticIds.InvalidPort, port));
            return;
        }

        if (port == PortNumber.OsAssigned)
        {
            return;
        }

        switch (usage.Role)
        {
            case PortRole.Listen:
                EvaluateListener(usage, findings);
                break;
            case PortRole.ClientSource:
                findings.Add(new PortFinding(DiagnosticIds.FixedClientSourcePort, port));
                break;
            case PortRole.ClientTarget:
                EvaluateTarget(usage, findings);
                break;
            case PortRole.TestContainerHostPort:
                findings.Add(new PortFinding(DiagnosticIds.FixedTestContainerHostPort, port));
                break;
        }
    }

    /// <summary>PORT004 alone, for ports that are only checked for validity (Visual Studio picks IIS Express ports itself).</summary>
    public void EvaluateValidity(long port, List<PortFinding> findings)
    {
        if (!PortNumber.IsValid(port))
        {
            findings.Add(new PortFinding(DiagnosticIds.InvalidPort, port));
        }
    }

    /// <summary>
    /// PORT009: each binding of a group that starts together (one UseUrls call, one Kestrel setup, the endpoints of one
    /// file, ...) that claims a port an earlier binding of the group holds; <paramref name="lineOf"/> gives the 1-based
    /// line of a binding, for the message.
    /// </summary>
    public IEnumerable<(int Index, int EarlierIndex, PortFinding Finding)> FindDuplicates(IReadOnlyList<Binding> group, Func<int, int> lineOf)
    {
        foreach (var (index, earlier) in DuplicateBindings.Find(group))
        {
            yield return (index, earlier, new PortFinding(DiagnosticIds.DuplicateBinding, group[index].Port, lineOf(earlier).ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>
    /// PORT012: a port the container sends traffic to (<paramref name="declaredBy"/>: an EXPOSE, a compose mapping, a
    /// ContainerPort) in <paramref name="low"/>-<paramref name="high"/>, of which the app listens on none; null when it
    /// listens on one, when the port is invalid (PORT004) or allowed. The description of the app's ports is made only
    /// for a finding.
    /// </summary>
    public PortFinding? EvaluateContainerPort(long low, long high, string declaredBy, IReadOnlyCollection<long> appPorts, Func<string> appPortsDescription)
    {
        if (!PortNumber.IsValid(low) || !PortNumber.IsValid(high) || Options.AllowedPorts.Contains(low))
        {
            return null;
        }

        foreach (var port in appPorts)
        {
            if (port >= low && port <= high)
            {
                return null;
            }
        }

        return new PortFinding(DiagnosticIds.ContainerPortNotListenedOn, declaredBy, appPortsDescription());
    }

    /// <summary>PORT012: a listening setting that another one overrides (ASPNETCORE_URLS wins over ASPNETCORE_HTTP(S)_PORTS).</summary>
    public static PortFinding OverriddenListenSetting(string ignored, string winner)
        => new(DiagnosticIds.ContainerPortNotListenedOn, ignored + " is set", winner + " overrides it, so the app does not listen on the ports it names");

    /// <summary>
    /// PORT013: the first binding of another project that claims the same socket address as <paramref name="binding"/>;
    /// null for port 0, an invalid port (PORT004) or no overlap. Two profiles that both debug Blazor WebAssembly are the
    /// client and server of one hosted app, which share the server's URLs by design (only the server runs).
    /// </summary>
    public static PortFinding? FindOtherProjectConflict(in Binding binding, bool webAssemblyDebugging, IReadOnlyList<ProjectBinding> others)
    {
        if (binding.Port == PortNumber.OsAssigned || !PortNumber.IsValid(binding.Port))
        {
            return null;
        }

        foreach (var other in others)
        {
            if (binding.Overlaps(other.Binding) && !(webAssemblyDebugging && other.WebAssemblyDebugging))
            {
                return new PortFinding(DiagnosticIds.PortUsedByAnotherProject, binding.Port, other.Project, other.File, other.Line.ToString(CultureInfo.InvariantCulture));
            }
        }

        return null;
    }

    /// <summary>The findings for <paramref name="usage"/>, in a list of their own.</summary>
    public List<PortFinding> Evaluate(in PortUsage usage)
    {
        var findings = new List<PortFinding>(1);
        Evaluate(usage, findings);
        return findings;
    }

    private void EvaluateListener(in PortUsage usage, List<PortFinding> findings)
    {
        var port = usage.Port;
        var allowed = Options.AllowedPorts.Contains(port);
        if (!allowed && Options.DynamicRange.Contains(port))
        {
            findings.Add(new PortFinding(DiagnosticIds.ListenerInDynamicRange, port, Options.DynamicRange.ToString()));
        }

        var exposed = usage.Host is HostScope.AllInterfaces or HostScope.Specific;
        if (!allowed && exposed && PortNumber.IsPrivileged(port))
        {
            findings.Add(new PortFinding(DiagnosticIds.WellKnownPortExposed, port, DescribeWellKnown(port), Describe(usage.Host)));
            return;
        }

        AddBrowserBlocked(usage, findings);
    }

    private void EvaluateTarget(in PortUsage usage, List<PortFinding> findings)
    {
        var port = usage.Port;
        if (!Options.AllowedPorts.Contains(port) && Options.DynamicRange.Contains(port))
        {
            findings.Add(new PortFinding(DiagnosticIds.TargetInDynamicRange, port, Options.DynamicRange.ToString()));
        }

        AddBrowserBlocked(usage, findings);
    }

    private static void AddBrowserBlocked(in PortUsage usage, List<PortFinding> findings)
    {
        if (usage.IsHttp && BrowserBlockedPorts.Contains(usage.Port))
        {
            findings.Add(new PortFinding(DiagnosticIds.BrowserBlockedPort, usage.Port, usage.Scheme!));
        }
    }

    private static string DescribeWellKnown(long port)
    {
        var name = WellKnownServices.NameOf(port);
        return name is null ? "a well-known port" : "the well-known " + name + " port";
    }

    private static string Describe(HostScope host) => host == HostScope.AllInterfaces ? "all interfaces" : "a non-loopback address";
}
