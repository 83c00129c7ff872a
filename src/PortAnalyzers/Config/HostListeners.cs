using System.Collections.Generic;
using System.Threading;
using PortAnalyzers.Config.Containers;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Config;

/// <summary>
/// The ports a file makes the machine itself listen on, where they are written: what two projects that run together
/// can both claim (PORT013). The listeners of appsettings and launchSettings (not the IIS Express ports, which Visual
/// Studio assigns and shares) and the host ports a compose file publishes; a Dockerfile's ports are inside its container.
/// </summary>
internal static class HostListeners
{
    /// <summary>Each listener with its place, and whether its launch profile debugs Blazor WebAssembly (<c>inspectUri</c>).</summary>
    public static List<(int Start, int Length, Binding Binding, bool WebAssemblyDebugging)> Of(ConfigFileKind kind, string text, JsonDocuments documents, CancellationToken cancellationToken)
    {
        var listeners = new List<(int, int, Binding, bool)>();
        if (kind is ConfigFileKind.AppSettings or ConfigFileKind.LaunchSettings)
        {
            var file = ConfigFile.Read(kind, text, documents, cancellationToken);
            var debugging = kind == ConfigFileKind.LaunchSettings && file.Error is null ? WebAssemblyDebuggingProfiles(documents.Of(text, kind, cancellationToken)) : new List<(int Start, int End)>();
            foreach (var port in file.Error is null ? file.Ports : new List<ConfigPort>())
            {
                if (port.Usage.Role == PortRole.Listen && !port.ValidityOnly)
                {
                    var inDebuggingProfile = debugging.Exists(profile => port.Start >= profile.Start && port.Start < profile.End);
                    listeners.Add((port.Start, port.Length, new Binding(port.Host, port.Usage.Host, port.Usage.Port), inDebuggingProfile));
                }
            }
        }
        else if (kind == ConfigFileKind.Compose && ComposeReader.Read(text, cancellationToken).File is { } compose)
        {
            foreach (var service in compose.Services)
            {
                foreach (var port in service.Ports)
                {
                    if (port.Published is { } published)
                    {
                        var host = port.HostIp.Length == 0 ? "*" : port.HostIp;
                        var (start, length) = published.Text.Span;
                        listeners.Add((start, length, new Binding(host, Hosts.Classify(host), published.Low), false));
                    }
                }
            }
        }

        return listeners;
    }

    /// <summary>Where the launch profiles with an <c>inspectUri</c> stand: Blazor WebAssembly's debugging profiles.</summary>
    private static List<(int Start, int End)> WebAssemblyDebuggingProfiles(ParsedJson launchSettings)
    {
        var profiles = new List<(int, int)>();
        if (launchSettings.Root is { } root)
        {
            foreach (var all in root.Named("profiles"))
            {
                foreach (var profile in all.Properties)
                {
                    foreach (var _ in profile.Value.Named("inspectUri"))
                    {
                        profiles.Add((profile.Value.Start, profile.Value.Start + profile.Value.Length));
                    }
                }
            }
        }

        return profiles;
    }
}
