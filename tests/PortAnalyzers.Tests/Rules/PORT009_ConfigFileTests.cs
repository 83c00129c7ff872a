using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

public class PORT009_ConfigFileTests
{
    [Fact]
    public Task SamePortTwiceInApplicationUrl_Reports() => ConfigFiles.VerifyAsync("Properties/launchSettings.json", """
        { "profiles": { "web": { "applicationUrl": "http://localhost:5000;https://localhost:{|PORT009:5000|}" } } }
        """);

    [Fact]
    public Task LoopbackAndAllInterfacesInUrls_Reports() => ConfigFiles.VerifyAsync("appsettings.json", """
        { "urls": "http://*:5031;http://localhost:{|PORT009:5031|}" }
        """);

    [Fact]
    public Task SamePortAcrossKestrelEndpoints_Reports() => ConfigFiles.VerifyAsync("appsettings.json", """
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
    public Task HttpAndHttpsPortsOnTheSamePort_Report() => ConfigFiles.VerifyAsync("appsettings.json", """
        { "http_ports": "8080", "https_ports": "{|PORT009:8080|}" }
        """);

    [Fact]
    public Task DifferentProfiles_DoNotReport() => ConfigFiles.VerifyAsync("Properties/launchSettings.json", """
        {
          "profiles": {
            "http": { "applicationUrl": "http://localhost:5000" },
            "https": { "applicationUrl": "https://localhost:5001;http://localhost:5000" }
          }
        }
        """);

    [Fact]
    public Task DifferentValuesOrHosts_DoNotReport() => ConfigFiles.VerifyAsync("appsettings.json", """
        {
          "urls": "http://192.0.2.1:5000;http://192.0.2.2:5000;http://localhost:0;http://localhost:0",
          "Kestrel": { "Endpoints": { "A": { "Url": "http://localhost:5000" } } }
        }
        """);

    [Fact]
    public Task Message_NamesTheLineOfTheFirstBinding() => ConfigFiles.VerifyAsync(
        "appsettings.json",
        """
        {
          "Kestrel": { "Endpoints": {
            "A": { "Url": "http://*:{|#1:8080|}" },
            "B": { "Url": "http://*:{|#0:8080|}" } } }
        }
        """,
        expected: CSharpAnalyzerVerifier<ConfigFileAnalyzer>.Diagnostic("PORT009").WithLocation(0).WithLocation(1).WithArguments(8080, 3));
}
