using System;
using System.Collections.Generic;
using System.Globalization;

namespace PortAnalyzers.Config.Containers;

/// <summary>A range of ports (one port when both ends are equal) and where it is written.</summary>
internal readonly record struct PortSpan(long Low, long High, ConfigText Text)
{
    /// <summary>The port or range as a message names it.</summary>
    public string Describe() => Low == High ? Low.ToString(CultureInfo.InvariantCulture) : Low.ToString(CultureInfo.InvariantCulture) + "-" + High.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// One entry of a service's <c>ports</c>: the port inside the container and, when it is published on a fixed
/// port of the host, that port and the host address it binds (empty for all interfaces), and the protocol.
/// </summary>
internal readonly record struct ComposePort(PortSpan? Target, PortSpan? Published, string HostIp, string Protocol);

/// <summary>A variable of a service's <c>environment</c>; <see cref="Value"/> is null when it comes from the shell or an unknown variable.</summary>
internal readonly record struct ComposeVariable(string Name, ConfigText? Value, int NameStart, int NameLength);

/// <summary>What a compose file says about one service.</summary>
internal sealed class ComposeService
{
    public ComposeService(string name, int nameStart)
    {
        Name = name;
        NameStart = nameStart;
    }

    public string Name { get; }

    public int NameStart { get; }

    /// <summary>The build context as written (<c>build: ./api</c> or <c>build.context</c>); null when the service runs an image.</summary>
    public string? BuildContext { get; set; }

    /// <summary><c>build.dockerfile</c>, relative to the context; null for the default <c>Dockerfile</c>.</summary>
    public string? BuildDockerfile { get; set; }

    public List<ComposePort> Ports { get; } = new();

    /// <summary>The container ports of <c>expose</c>.</summary>
    public List<PortSpan> Expose { get; } = new();

    public Dictionary<string, ComposeVariable> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>The service reads variables from <c>env_file</c>, which may set the app's URLs where this package cannot see them.</summary>
    public bool HasEnvFile { get; set; }

    /// <summary>
    /// The service whose network this one joins (<c>network_mode: "service:web"</c>, a sidecar's way, Dapr's among
    /// them): it listens on that service's ports. Null when it has a network of its own.
    /// </summary>
    public string? JoinsNetworkOf { get; set; }

    /// <summary>The <c>profiles</c> that start the service, each once; none for a service that always starts.</summary>
    public List<string> Profiles { get; } = new();
}

/// <summary>The services of a compose file.</summary>
internal sealed class ComposeFile
{
    public ComposeFile(List<ComposeService> services) => Services = services;

    public List<ComposeService> Services { get; }
}
