using System.Linq;
using System.Threading.Tasks;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

public class PORT001_ConfigFileTests
{
    [Fact]
    public Task KestrelEndpointOnDynamicPort_Reports() => VerifyConfig.AnalyzerAsync("appsettings.json", """
        {
          "Kestrel": {
            "Endpoints": {
              "Http": { "Url": "http://0.0.0.0:{|PORT001:50000|}" },
              "Grpc": { "Url": "http://localhost:5001", "Protocols": "Http2" }
            }
          }
        }
        """);

    [Fact]
    public Task KeysInAnyCase_Report() => VerifyConfig.AnalyzerAsync("appsettings.json", """
        { "kestrel": { "endpoints": { "http": { "URL": "http://localhost:{|PORT001:50000|}" } } } }
        """);

    [Fact]
    public Task UrlsList_ReportsEachDynamicPort() => VerifyConfig.AnalyzerAsync("appsettings.Development.json", """
        { "urls": "http://localhost:{|PORT001:50000|}; https://localhost:5001 ;http://[::1]:{|PORT001:60000|}" }
        """);

    [Fact]
    public Task HttpPortsAsTextOrNumber_Report() => VerifyConfig.AnalyzerAsync("appsettings.json", """
        { "http_ports": "8080;{|PORT001:50000|}", "https_ports": {|PORT001:50001|} }
        """);

    [Fact]
    public Task LaunchProfileApplicationUrl_Reports() => VerifyConfig.AnalyzerAsync("Properties/launchSettings.json", """
        {
          "profiles": {
            "http": {
              "commandName": "Project",
              "applicationUrl": "http://localhost:{|PORT001:50123|};https://localhost:7123"
            }
          }
        }
        """);

    [Fact]
    public Task LaunchProfileEnvironmentVariables_Report() => VerifyConfig.AnalyzerAsync("Properties/launchSettings.json", """
        {
          "profiles": {
            "container": {
              "environmentVariables": {
                "ASPNETCORE_URLS": "http://+:{|PORT001:50080|}",
                "ASPNETCORE_HTTP_PORTS": "{|PORT001:50081|}",
                "ASPNETCORE_HTTPS_PORTS": "{|PORT001:50082|}",
                "OTHER_PORT": "50083"
              }
            }
          }
        }
        """);

    [Fact]
    public Task CommentsTrailingCommasAndBom_AreRead() => VerifyConfig.AnalyzerAsync("appsettings.json", "\uFEFF" + """
        // Development settings
        {
          /* the listener */
          "urls": "http://localhost:{|PORT001:50000|}", // trailing comma next
        }
        """);

    [Fact]
    public Task EscapedValue_ReportsTheWholeString() => VerifyConfig.AnalyzerAsync("appsettings.json", """
        { "urls": {|PORT001:"http:\/\/localhost:50000"|} }
        """);

    [Fact]
    public async Task Location_HasTheLineAndColumnOfThePort()
    {
        var diagnostic = (await VerifyConfig.GetDiagnosticsAsync("appsettings.json", "{\r\n  \"Logging\": {},\r\n    \"urls\": \"http://*:50000\"\r\n}")).Single();
        var span = diagnostic.Location.GetLineSpan();

        Assert.Equal("/0/appsettings.json", span.Path);
        Assert.Equal((2, 22), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal((2, 27), (span.EndLinePosition.Line, span.EndLinePosition.Character));
        Assert.Contains("50000", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public Task PortZero_DoesNotReport() => VerifyConfig.AnalyzerAsync("appsettings.json", """
        { "urls": "http://localhost:0", "Kestrel": { "Endpoints": { "A": { "Url": "http://127.0.0.1:0" } } } }
        """);

    [Fact]
    public Task RegisteredPorts_DoNotReport() => VerifyConfig.AnalyzerAsync("appsettings.json", """
        { "urls": "http://localhost:5000;http://localhost:49151" }
        """);

    [Fact]
    public Task IisSettingsPorts_DoNotReport() => VerifyConfig.AnalyzerAsync("Properties/launchSettings.json", """
        {
          "iisSettings": {
            "windowsAuthentication": false,
            "iisExpress": { "applicationUrl": "http://localhost:51234", "sslPort": 44351 }
          },
          "profiles": { "IIS Express": { "commandName": "IISExpress", "launchBrowser": true } }
        }
        """);

    [Fact]
    public Task NumbersThatAreNotPorts_DoNotReport() => VerifyConfig.AnalyzerAsync("appsettings.json", """
        {
          "Retry": { "DelayMs": 50000, "Url": "http://localhost:50000" },
          "Kestrel": { "Limits": { "MaxRequestBodySize": 60000 }, "Endpoints": { "Http": { "Port": 50000 } } },
          "Urls2": "http://localhost:50000",
          "Logging": { "LogLevel": { "Default": "Information" } }
        }
        """);

    [Fact]
    public Task OtherFileNames_AreNotRead() => VerifyConfig.AnalyzerAsync("settings.json", """
        { "urls": "http://localhost:50000" }
        """);

    [Fact]
    public Task AllowedPortsOption_Silences() => VerifyConfig.AnalyzerAsync(
        "appsettings.json",
        """{ "urls": "http://localhost:50000;http://localhost:{|PORT001:50001|}" }""",
        editorConfig: "port_analyzers.allowed_ports = 50000");

    [Fact]
    public Task DynamicRangeOptionForTheFile_Applies() => VerifyConfig.AnalyzerAsync(
        "appsettings.json",
        """{ "urls": "http://localhost:{|PORT001:40000|};http://localhost:62000" }""",
        editorConfig: "[*.json]\nport_analyzers.dynamic_port_range = linux");

    [Fact]
    public Task DynamicRangeMsBuildProperty_Applies() => VerifyConfig.AnalyzerAsync(
        "appsettings.json",
        """{ "urls": "http://localhost:{|PORT001:40000|}" }""",
        globalConfig: "build_property.PortAnalyzersDynamicPortRange = linux");

    [Fact]
    public Task OptionForOtherFiles_DoesNotApply() => VerifyConfig.AnalyzerAsync(
        "appsettings.json",
        """{ "urls": "http://localhost:{|PORT001:50000|}" }""",
        editorConfig: "[*.cs]\nport_analyzers.allowed_ports = 50000");

    [Fact]
    public Task CheckConfigFilesFalse_ReadsNothing() => VerifyConfig.AnalyzerAsync(
        "appsettings.json",
        """{ "urls": "http://localhost:50000" """,
        globalConfig: "build_property.PortAnalyzersCheckConfigFiles = false");

    [Fact]
    public Task CheckConfigFilesTrue_Reads() => VerifyConfig.AnalyzerAsync(
        "appsettings.json",
        """{ "urls": "http://localhost:{|PORT001:50000|}" }""",
        globalConfig: "build_property.PortAnalyzersCheckConfigFiles = true");
}
