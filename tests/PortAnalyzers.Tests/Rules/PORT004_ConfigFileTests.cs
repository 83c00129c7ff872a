using System.Threading.Tasks;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

public class PORT004_ConfigFileTests
{
    [Fact]
    public Task KestrelEndpointOutOfRange_Reports() => ConfigFiles.VerifyAsync("appsettings.json", """
        { "Kestrel": { "Endpoints": { "Http": { "Url": "http://localhost:{|PORT004:70000|}" } } } }
        """);

    [Fact]
    public Task HttpPortsOutOfRange_Reports() => ConfigFiles.VerifyAsync("appsettings.json", """
        { "http_ports": "{|PORT004:65536|}", "https_ports": {|PORT004:99999999999|} }
        """);

    [Fact]
    public Task LaunchProfileOutOfRange_Reports() => ConfigFiles.VerifyAsync("Properties/launchSettings.json", """
        { "profiles": { "web": { "applicationUrl": "https://localhost:{|PORT004:70001|}" } } }
        """);

    [Fact]
    public Task IisSettingsOutOfRange_Reports() => ConfigFiles.VerifyAsync("Properties/launchSettings.json", """
        { "iisSettings": { "iisExpress": { "applicationUrl": "http://localhost:{|PORT004:80000|}", "sslPort": {|PORT004:443000|} } } }
        """);

    [Fact]
    public Task ConnectionStringOutOfRange_Reports() => ConfigFiles.VerifyAsync("appsettings.json", """
        { "ConnectionStrings": { "Db": "Host=db.example.test;Port={|PORT004:70000|};Database=app" } }
        """);

    [Fact]
    public Task NuGetSourceOutOfRange_Reports() => ConfigFiles.VerifyAsync("NuGet.config", """
        <configuration>
          <packageSources>
            <add key="feed" value="https://feed.example.test:{|PORT004:70000|}/v3/index.json" />
          </packageSources>
        </configuration>
        """);

    [Fact]
    public Task PortsInRange_DoNotReport() => ConfigFiles.VerifyAsync("appsettings.json", """
        { "urls": "http://localhost:0;http://localhost:65535", "Timeout": 70000 }
        """, editorConfig: "port_analyzers.allowed_ports = 65535");
}
