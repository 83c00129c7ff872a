using System;
using System.Collections.Generic;

namespace PortAnalyzers.Ports;

/// <summary>A listening endpoint within a group of bindings that start together (one UseUrls call, one Kestrel setup, ...).</summary>
/// <param name="Host">The host as written, to tell two specific addresses apart.</param>
/// <param name="Scope">Which interfaces the host stands for.</param>
/// <param name="Port">The port it claims.</param>
internal readonly record struct Binding(string Host, HostScope Scope, long Port)
{
    /// <summary>Whether both bindings would claim the same socket address.</summary>
    public bool Overlaps(in Binding other)
    {
        if (Port != other.Port || Scope == HostScope.Unknown || other.Scope == HostScope.Unknown)
        {
            return false;
        }

        if (Scope == HostScope.AllInterfaces || other.Scope == HostScope.AllInterfaces)
        {
            return true;
        }

        if (Scope != other.Scope)
        {
            return false;
        }

        // localhost, 127.0.0.1 and [::1] all end on the loopback interface, which Kestrel binds on both address families.
        return Scope == HostScope.Loopback || string.Equals(Host, other.Host, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>A port another project listens on, and where it is set.</summary>
/// <param name="Project">The other project's name.</param>
/// <param name="File">The file that sets the port.</param>
/// <param name="Line">The 1-based line of the port in that file.</param>
/// <param name="Binding">The address and port.</param>
/// <param name="WebAssemblyDebugging">Set by a launch profile that debugs Blazor WebAssembly (<c>inspectUri</c>).</param>
internal readonly record struct ProjectBinding(string Project, string File, int Line, Binding Binding, bool WebAssemblyDebugging = false);

internal static class DuplicateBindings
{
    /// <summary>For each binding that claims a port an earlier one in the group already holds: its index and the earlier one's.</summary>
    public static List<(int Index, int EarlierIndex)> Find(IReadOnlyList<Binding> group)
    {
        var duplicates = new List<(int, int)>();
        for (var i = 1; i < group.Count; i++)
        {
            var binding = group[i];
            if (binding.Port == PortNumber.OsAssigned || !PortNumber.IsValid(binding.Port))
            {
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                if (binding.Overlaps(group[j]))
                {
                    duplicates.Add((i, j));
                    break;
                }
            }
        }

        return duplicates;
    }
}
