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
    public static List<(int Start, int Length, Binding Binding)> Of(ConfigFileKind kind, string text, CancellationToken cancellationToken)
    {
        var listeners = new List<(int, int, Binding)>();
        if (kind is ConfigFileKind.AppSettings or ConfigFileKind.LaunchSettings)
        {
            var file = ConfigFile.Read(kind, text, cancellationToken);
            foreach (var port in file.Error is null ? file.Ports : new List<ConfigPort>())
            {
                if (port.Usage.Role == PortRole.Listen && !port.ValidityOnly)
                {
                    listeners.Add((port.Start, port.Length, new Binding(port.Host, port.Usage.Host, port.Usage.Port)));
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
                        listeners.Add((start, length, new Binding(host, Hosts.Classify(host), published.Low)));
                    }
                }
            }
        }

        return listeners;
    }
}
