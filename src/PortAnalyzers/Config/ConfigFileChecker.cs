using System;
using System.Collections.Generic;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Config;

/// <summary>A rule broken in a configuration file, at an offset in its text.</summary>
/// <param name="Finding">The rule and its message arguments.</param>
/// <param name="Start">The offset of the text the finding is reported at.</param>
/// <param name="Length">The length of that text.</param>
/// <param name="Related">Where the other value of the finding stands (the earlier binding of a PORT009).</param>
internal readonly record struct ConfigFinding(PortFinding Finding, int Start, int Length, (int Start, int Length)? Related = null);

/// <summary>Asks the policy about the ports of a configuration file and its groups of bindings, and places the findings in the file.</summary>
internal static class ConfigFileChecker
{
    /// <summary>
    /// The findings for <paramref name="ports"/>; <paramref name="lineOf"/> gives the 1-based line of an offset, for
    /// messages. A list, not an interface, so that enumerating it allocates nothing.
    /// </summary>
    public static List<ConfigFinding> Check(List<ConfigPort> ports, PortPolicy policy, Func<int, int> lineOf)
    {
        var findings = new List<ConfigFinding>();
        if (ports.Count == 0)
        {
            // Most files set no port: nothing else is made for them.
            return findings;
        }

        var portFindings = new List<PortFinding>();
        foreach (var port in ports)
        {
            portFindings.Clear();
            if (!port.ValidityOnly)
            {
                policy.Evaluate(port.Usage, portFindings);
            }
            else
            {
                policy.EvaluateValidity(port.Usage.Port, portFindings);
            }

            foreach (var finding in portFindings)
            {
                findings.Add(new ConfigFinding(finding, port.Start, port.Length));
            }
        }

        AddDuplicates(ports, policy, findings, lineOf);
        return findings;
    }

    private static void AddDuplicates(List<ConfigPort> ports, PortPolicy policy, List<ConfigFinding> findings, Func<int, int> lineOf)
    {
        var groups = new Dictionary<int, List<ConfigPort>>();
        foreach (var port in ports)
        {
            if (port.Group != ConfigPort.NoGroup && port.Usage.Role == PortRole.Listen)
            {
                if (!groups.TryGetValue(port.Group, out var group))
                {
                    groups.Add(port.Group, group = new List<ConfigPort>());
                }

                group.Add(port);
            }
        }

        foreach (var group in groups.Values)
        {
            var bindings = new List<Binding>(group.Count);
            foreach (var port in group)
            {
                bindings.Add(new Binding(port.Host, port.Usage.Host, port.Usage.Port));
            }

            foreach (var (index, earlier, finding) in policy.FindDuplicates(bindings, i => lineOf(group[i].Start)))
            {
                var (duplicate, first) = (group[index], group[earlier]);
                findings.Add(new ConfigFinding(finding, duplicate.Start, duplicate.Length, (first.Start, first.Length)));
            }
        }
    }
}
