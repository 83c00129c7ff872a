using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

public class PORT009_ConfigFileTests
{
    [Fact]
    public Task SamePortTwiceInApplicationUrl_Reports() => VerifyConfig.AnalyzerAsync("Properties/launchSettings.json", """
        { "profiles": { "web": { "applicationUrl": "http://localhost:5000;https://localhost:{|PORT009:5000|}" } } }
        """);

    [Fact]
    public Task LoopbackAndAllInterfacesInUrls_Reports() => VerifyConfig.AnalyzerAsync("appsettings.json", """
        { "urls": "http://*:5031;http://localhost:{|PORT009:5031|}" }
        """);

    [Fact]
    public Task SamePortAcrossKestrelEndpoints_Reports() => VerifyConfig.AnalyzerAsync("appsettings.json", """
        {
          "Kestrel": {
            "Endpoints": {
              "Http": { "Url": "http://0.0.0.0:8080" },
              "Grpc": { "Url": "http://localhost:{|PORT009:8080|}" },
              "Https": { "Url": "https://localhost:8443" }
            }
          }
        }
        """);

    [Fact]
    public Task HttpAndHttpsPortsOnTheSamePort_Report() => VerifyConfig.AnalyzerAsync("appsettings.json", """
        { "http_ports": "8080", "https_ports": "{|PORT009:8080|}" }
        """);

    [Fact]
    public Task DifferentProfiles_DoNotReport() => VerifyConfig.AnalyzerAsync("Properties/launchSettings.json", """
        {
          "profiles": {
            "http": { "applicationUrl": "http://localhost:5000" },
            "https": { "applicationUrl": "https://localhost:5001;http://localhost:5000" }
          }
        }
        """);

    [Fact]
    public Task DifferentValuesOrHosts_DoNotReport() => VerifyConfig.AnalyzerAsync("appsettings.json", """
        {
          "urls": "http://192.0.2.1:5000;http://192.0.2.2:5000;http://localhost:0;http://localhost:0",
          "Kestrel": { "Endpoints": { "A": { "Url": "http://localhost:5000" } } }
        }
        """);

    [Fact]
    public async Task Message_NamesTheLineOfTheFirstBinding()
    {
        var diagnostic = (await VerifyConfig.GetDiagnosticsAsync("appsettings.json", "{\n  \"Kestrel\": { \"Endpoints\": {\n    \"A\": { \"Url\": \"http://*:8080\" },\n    \"B\": { \"Url\": \"http://*:8080\" } } }\n}")).Single();

        Assert.Equal("PORT009", diagnostic.Id);
        Assert.StartsWith("Port 8080 is already bound by an earlier binding of the same server (line 3)", diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Equal(2, diagnostic.AdditionalLocations.Single().GetLineSpan().StartLinePosition.Line);
    }
}
