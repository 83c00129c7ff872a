using PortAnalyzers.Ports;

namespace PortAnalyzers.Config;

/// <summary>
/// The ports of <c>launchSettings.json</c>: each profile's <c>applicationUrl</c> and its <c>ASPNETCORE_URLS</c>,
/// <c>ASPNETCORE_HTTP_PORTS</c> and <c>ASPNETCORE_HTTPS_PORTS</c> variables. Visual Studio picks the
/// <c>iisSettings</c> ports at random, so only their validity is checked.
/// </summary>
internal static class LaunchSettingsReader
{
    public static void Read(JsonValue root, ConfigPortCollector ports)
    {
        foreach (var profiles in root.Named("profiles"))
        {
            foreach (var profile in profiles.Properties)
            {
                foreach (var urls in profile.Value.Named("applicationUrl"))
                {
                    ports.AddUrls(urls, PortRole.Listen, ports.NewGroup());
                }

                foreach (var variables in profile.Value.Named("environmentVariables"))
                {
                    ports.AddListenSettings(variables.ScalarsNamed, ListenSettings.UrlsVariable, ListenSettings.HttpPortsVariable, ListenSettings.HttpsPortsVariable);
                }
            }
        }

        foreach (var iis in root.Named("iisSettings"))
        {
            foreach (var server in iis.Properties)
            {
                foreach (var url in server.Value.Named("applicationUrl"))
                {
                    ports.AddUrls(url, PortRole.Listen, ConfigPort.NoGroup, validityOnly: true);
                }

                foreach (var sslPort in server.Value.Named("sslPort"))
                {
                    ports.AddGeneratedPort(sslPort);
                }
            }
        }
    }
}
