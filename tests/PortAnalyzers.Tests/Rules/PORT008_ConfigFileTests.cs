using System.Threading.Tasks;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

public class PORT008_ConfigFileTests
{
    [Fact]
    public Task UrlsOnBrowserBlockedPort_Reports() => ConfigFiles.VerifyAsync("appsettings.json", """
        { "urls": "http://localhost:{|PORT008:6000|};https://localhost:{|PORT008:6666|}" }
        """);

    [Fact]
    public Task LaunchProfileWithBrowser_Reports() => ConfigFiles.VerifyAsync("Properties/launchSettings.json", """
        {
          "profiles": {
            "web": { "commandName": "Project", "launchBrowser": true, "applicationUrl": "http://localhost:{|PORT008:10080|}" }
          }
        }
        """);

    [Fact]
    public Task HttpPorts_Report() => ConfigFiles.VerifyAsync("appsettings.json", """
        { "http_ports": "{|PORT008:6667|}" }
        """);

    [Fact]
    public Task KestrelEndpoint_Reports() => ConfigFiles.VerifyAsync("appsettings.json", """
        { "Kestrel": { "Endpoints": { "Http": { "Url": "http://localhost:{|PORT008:5060|}" } } } }
        """);

    [Fact]
    public Task OrdinaryPorts_DoNotReport() => ConfigFiles.VerifyAsync("appsettings.json", """
        { "urls": "http://localhost:5000;http://localhost:8080" }
        """);
}
