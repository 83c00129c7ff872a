using System.Collections.Generic;
using System.Threading;

namespace PortAnalyzers.Config;

/// <summary>What one configuration file says about ports: the ports it sets, or why it cannot be read.</summary>
internal sealed class ConfigFile
{
    private ConfigFile(List<ConfigPort> ports, ReadError? error)
    {
        Ports = ports;
        Error = error;
    }

    public List<ConfigPort> Ports { get; }

    public ReadError? Error { get; }

    /// <summary>Reads <paramref name="text"/> as a file of <paramref name="kind"/>, a JSON file through <paramref name="documents"/>.</summary>
    public static ConfigFile Read(ConfigFileKind kind, string text, JsonDocuments documents, CancellationToken cancellationToken)
    {
        var ports = new ConfigPortCollector();
        if (kind == ConfigFileKind.NuGetConfig)
        {
            var xmlError = NuGetConfigReader.Read(text, ports, cancellationToken);
            return new ConfigFile(ports.Ports, xmlError);
        }

        var document = documents.Of(text, kind, cancellationToken);
        if (document.Root is not { } root)
        {
            return new ConfigFile(ports.Ports, document.Error);
        }

        if (kind == ConfigFileKind.AppSettings)
        {
            if (document.DuplicateKey is { } duplicate)
            {
                return new ConfigFile(ports.Ports, duplicate);
            }

            AppSettingsReader.Read(root, ports);
        }
        else if (kind == ConfigFileKind.LaunchSettings)
        {
            LaunchSettingsReader.Read(root, ports);
        }

        return new ConfigFile(ports.Ports, null);
    }
}
