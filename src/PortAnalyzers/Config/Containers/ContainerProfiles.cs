using System.Collections.Generic;
using System.Threading;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Config.Containers;

/// <summary>
/// What Visual Studio's container launch profiles (<c>commandName</c> <c>Docker</c> or <c>SdkContainer</c> in
/// launchSettings.json) make the app listen on when it runs there: the ports of their listen variables, and, for a
/// <c>Docker</c> profile with SSL and no listen variable of its own, the HTTPS port the container tools set themselves
/// (<c>ASPNETCORE_URLS=https://+:443;http://+:80</c> before .NET 8, 8081 from .NET 8 on), which depends on the image.
/// </summary>
internal sealed class ContainerProfiles
{
    private readonly HashSet<long> ports;
    private readonly bool toolsSetHttps;

    private ContainerProfiles(HashSet<long> ports, bool toolsSetHttps)
    {
        this.ports = ports;
        this.toolsSetHttps = toolsSetHttps;
    }

    /// <summary>The ports the profiles make an app of <paramref name="baseImage"/> listen on.</summary>
    public IReadOnlyCollection<long> PortsFor(string? baseImage)
        => toolsSetHttps && AspNetImage.VisualStudioHttpsPort(baseImage) is { } https && !ports.Contains(https)
            ? new HashSet<long>(ports) { https }
            : ports;

    public static ContainerProfiles Read(IEnumerable<ProjectFile> files, JsonDocuments documents, CancellationToken cancellationToken)
    {
        var ports = new HashSet<long>();
        var toolsSetHttps = false;
        foreach (var file in files)
        {
            if (ConfigFileKinds.Of(file.Path) != ConfigFileKind.LaunchSettings || file.ReadText() is not { } text
                || documents.Of(text, ConfigFileKind.LaunchSettings, cancellationToken).Root is not { } root)
            {
                continue;
            }

            foreach (var profiles in root.Named("profiles"))
            {
                foreach (var profile in profiles.Properties)
                {
                    var command = string.Empty;
                    foreach (var name in profile.Value.Named("commandName"))
                    {
                        command = name.ScalarText ?? string.Empty;
                    }

                    if (command is "Docker" or "SdkContainer")
                    {
                        var listens = AddProfilePorts(profile.Value, ports);
                        toolsSetHttps |= command == "Docker" && !listens && UsesSsl(profile.Value);
                    }
                }
            }
        }

        return new ContainerProfiles(ports, toolsSetHttps);
    }

    /// <summary>
    /// Adds the ports a profile's variables make the app listen on, read as launchSettings' own checks read them;
    /// false when it sets no listen variable.
    /// </summary>
    private static bool AddProfilePorts(JsonValue profile, HashSet<long> ports)
    {
        var collector = new ConfigPortCollector();
        var listens = false;
        foreach (var variables in profile.Named("environmentVariables"))
        {
            foreach (var name in ListenSettings.Variables)
            {
                listens |= variables.ScalarsNamed(name).Count > 0;
            }

            collector.AddListenSettings(variables.ScalarsNamed, ListenSettings.UrlsVariable, ListenSettings.HttpPortsVariable, ListenSettings.HttpsPortsVariable);
        }

        foreach (var port in collector.Ports)
        {
            ports.Add(port.Usage.Port);
        }

        return listens;
    }

    /// <summary><c>useSSL</c>, or, where it is missing, an <c>sslPort</c> above 0, as the container tools decide.</summary>
    private static bool UsesSsl(JsonValue profile)
    {
        foreach (var useSsl in profile.Named("useSSL"))
        {
            return useSsl.Kind == JsonKind.True;
        }

        foreach (var sslPort in profile.Named("sslPort"))
        {
            return long.TryParse(sslPort.ScalarText, out var port) && port > 0;
        }

        return false;
    }
}
