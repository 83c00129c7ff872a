using System.Collections.Generic;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Config;

/// <summary>
/// The ports of <c>appsettings*.json</c>: <c>Kestrel:Endpoints:&lt;name&gt;:Url</c>, <c>urls</c>,
/// <c>http_ports</c> and <c>https_ports</c> for listeners;
/// <c>ConnectionStrings:&lt;name&gt;</c> for the servers the app connects to. Other values are not ports, whatever numbers they hold.
/// </summary>
internal static class AppSettingsReader
{
    public static void Read(JsonValue root, ConfigPortCollector ports)
    {
        // Kestrel binds all of its endpoints at start-up: two on one port fail together.
        var kestrelGroup = ports.NewGroup();
        foreach (var url in KestrelEndpointUrls(root))
        {
            ports.AddUrls(url, PortRole.Listen, kestrelGroup);
        }

        ports.AddListenSettings(root.ScalarsNamed, ListenSettings.Urls, ListenSettings.HttpPorts, ListenSettings.HttpsPorts);

        foreach (var connectionStrings in root.Named("ConnectionStrings"))
        {
            foreach (var connectionString in connectionStrings.Properties)
            {
                ports.AddConnectionString(connectionString.Value);
            }
        }
    }

    /// <summary>The <c>Url</c> of each <c>Kestrel:Endpoints</c> entry: when there are any, Kestrel listens on them alone.</summary>
    public static IEnumerable<JsonValue> KestrelEndpointUrls(JsonValue root)
    {
        foreach (var kestrel in root.Named("Kestrel"))
        {
            foreach (var endpoints in kestrel.Named("Endpoints"))
            {
                foreach (var endpoint in endpoints.Properties)
                {
                    foreach (var url in endpoint.Value.Named("Url"))
                    {
                        yield return url;
                    }
                }
            }
        }
    }
}
