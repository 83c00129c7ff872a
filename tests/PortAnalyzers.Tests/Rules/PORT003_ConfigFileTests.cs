using System.Threading.Tasks;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

public class PORT003_ConfigFileTests
{
    [Fact]
    public Task KestrelEndpointOnPort80AllInterfaces_Reports() => ConfigFiles.VerifyAsync("appsettings.json", """
        { "Kestrel": { "Endpoints": { "Http": { "Url": "http://0.0.0.0:{|PORT003:80|}" }, "Https": { "Url": "https://*:{|PORT003:443|}" } } } }
        """);

    [Fact]
    public Task UrlWithoutPortOnAllInterfaces_ReportsTheUrl() => ConfigFiles.VerifyAsync("appsettings.json", """
        { "urls": "{|PORT003:http://+|}" }
        """);

    [Fact]
    public Task SpecificHost_Reports() => ConfigFiles.VerifyAsync("appsettings.json", """
        { "urls": "http://192.0.2.10:{|PORT003:22|}" }
        """);

    [Fact]
    public Task HttpsPorts_Report() => ConfigFiles.VerifyAsync("appsettings.json", """
        { "https_ports": "{|PORT003:443|}" }
        """);

    [Fact]
    public Task LaunchProfile_Reports() => ConfigFiles.VerifyAsync("Properties/launchSettings.json", """
        { "profiles": { "web": { "environmentVariables": { "ASPNETCORE_HTTP_PORTS": "{|PORT003:80|}" } } } }
        """);

    [Fact]
    public Task Loopback_DoesNotReport() => ConfigFiles.VerifyAsync("appsettings.json", """
        { "urls": "http://localhost:80;https://127.0.0.1:443;http://[::1]:8080" }
        """);

    [Fact]
    public Task AllowedPort_DoesNotReport() => ConfigFiles.VerifyAsync(
        "appsettings.json",
        """{ "urls": "http://*:80" }""",
        editorConfig: "port_analyzers.allowed_ports = 80");
}
