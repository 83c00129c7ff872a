using System.Linq;
using System.Threading.Tasks;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

public class PORT001_ConfigFileTests
{
    [Fact]
    public Task KestrelEndpointOnDynamicPort_Reports() => ConfigFiles.VerifyAsync("appsettings.json", """
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
    public Task KeysInAnyCase_Report() => ConfigFiles.VerifyAsync("appsettings.json", """
        { "kestrel": { "endpoints": { "http": { "URL": "http://localhost:{|PORT001:50000|}" } } } }
        """);

    [Fact]
    public Task KeysWrittenAsConfigurationPaths_Report() => ConfigFiles.VerifyAsync("appsettings.json", """
        {
          "Kestrel:Endpoints:Public:Url": "http://0.0.0.0:{|PORT001:50000|}",
          "Kestrel": { "Endpoints:Admin:Url": "http://localhost:{|PORT001:50001|}", "Endpoints": { "Api:Url": "http://localhost:{|PORT001:50002|}" } },
          "ConnectionStrings:Db": "Host=db;Port=5432",
          "Logging:LogLevel:Default": "Warning",
          "Retry:DelayMs": 50000,
          ":odd": "http://localhost:50003",
          "odd:": "http://localhost:50004"
        }
        """);

    [Fact]
    public Task KeyPathAndNestedFormOfOnePort_ReportBoth() => ConfigFiles.VerifyAsync("appsettings.json", """
        {
          "Kestrel:Endpoints:A:Url": "http://localhost:{|PORT001:50000|}",
          "Kestrel": { "Endpoints": { "B": { "Url": "http://localhost:{|PORT001:{|PORT009:50000|}|}" } } }
        }
        """);

    [Fact]
    public Task UrlsList_ReportsEachDynamicPort() => ConfigFiles.VerifyAsync("appsettings.Development.json", """
        { "urls": "http://localhost:{|PORT001:50000|}; https://localhost:5001 ;http://[::1]:{|PORT001:60000|}" }
        """);

    [Fact]
    public Task HttpPortsAsTextOrNumber_Report() => ConfigFiles.VerifyAsync("appsettings.json", """
        { "http_ports": "8080;{|PORT001:50000|}", "https_ports": {|PORT001:50001|} }
        """);

    [Fact]
    public Task LaunchProfileApplicationUrl_Reports() => ConfigFiles.VerifyAsync("Properties/launchSettings.json", """
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
    public Task LaunchProfileEnvironmentVariables_Report() => ConfigFiles.VerifyAsync("Properties/launchSettings.json", """
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
    public Task CommentsTrailingCommasAndBom_AreRead() => ConfigFiles.VerifyAsync("appsettings.json", "\uFEFF" + """
        // Development settings
        {
          /* the listener */
          "urls": "http://localhost:{|PORT001:50000|}", // trailing comma next
        }
        """);

    [Fact]
    public Task EscapedValue_ReportsTheWholeString() => ConfigFiles.VerifyAsync("appsettings.json", """
        { "urls": {|PORT001:"http:\/\/localhost:50000"|} }
        """);

    [Fact]
    public Task Location_HasTheLineAndColumnOfThePort() => ConfigFiles.VerifyAsync(
        "appsettings.json",
        "{\r\n  \"Logging\": {},\r\n    \"urls\": \"http://*:50000\"\r\n}",
        expected: CSharpAnalyzerVerifier<ConfigFileAnalyzer>.Diagnostic("PORT001").WithSpan("/0/appsettings.json", 3, 23, 3, 28).WithArguments(50000, "49152-65535"));

    [Fact]
    public Task PortZero_DoesNotReport() => ConfigFiles.VerifyAsync("appsettings.json", """
        { "urls": "http://localhost:0", "Kestrel": { "Endpoints": { "A": { "Url": "http://127.0.0.1:0" } } } }
        """);

    [Fact]
    public Task RegisteredPorts_DoNotReport() => ConfigFiles.VerifyAsync("appsettings.json", """
        { "urls": "http://localhost:5000;http://localhost:49151" }
        """);

    [Fact]
    public Task IisSettingsPorts_DoNotReport() => ConfigFiles.VerifyAsync("Properties/launchSettings.json", """
        {
          "iisSettings": {
            "windowsAuthentication": false,
            "iisExpress": { "applicationUrl": "http://localhost:51234", "sslPort": 44351 }
          },
          "profiles": { "IIS Express": { "commandName": "IISExpress", "launchBrowser": true } }
        }
        """);

    [Fact]
    public Task NumbersThatAreNotPorts_DoNotReport() => ConfigFiles.VerifyAsync("appsettings.json", """
        {
          "Retry": { "DelayMs": 50000, "Url": "http://localhost:50000" },
          "Kestrel": { "Limits": { "MaxRequestBodySize": 60000 }, "Endpoints": { "Http": { "Port": 50000 } } },
          "Urls2": "http://localhost:50000",
          "Logging": { "LogLevel": { "Default": "Information" } }
        }
        """);

    [Fact]
    public Task OtherFileNames_AreNotRead() => ConfigFiles.VerifyAsync("settings.json", """
        { "urls": "http://localhost:50000" }
        """);

    [Fact]
    public Task AllowedPortsOption_Silences() => ConfigFiles.VerifyAsync(
        "appsettings.json",
        """{ "urls": "http://localhost:50000;http://localhost:{|PORT001:50001|}" }""",
        editorConfig: "port_analyzers.allowed_ports = 50000");

    [Fact]
    public Task DynamicRangeOptionForTheFile_Applies() => ConfigFiles.VerifyAsync(
        "appsettings.json",
        """{ "urls": "http://localhost:{|PORT001:40000|};http://localhost:62000" }""",
        editorConfig: "[*.json]\nport_analyzers.dynamic_port_range = linux");

    [Fact]
    public Task DynamicRangeMsBuildProperty_Applies() => ConfigFiles.VerifyAsync(
        "appsettings.json",
        """{ "urls": "http://localhost:{|PORT001:40000|}" }""",
        globalConfig: "build_property.PortAnalyzersDynamicPortRange = linux");

    [Fact]
    public Task OptionForOtherFiles_DoesNotApply() => ConfigFiles.VerifyAsync(
        "appsettings.json",
        """{ "urls": "http://localhost:{|PORT001:50000|}" }""",
        editorConfig: "[*.cs]\nport_analyzers.allowed_ports = 50000");

    [Fact]
    public Task CheckConfigFilesFalse_ReadsNothing() => ConfigFiles.VerifyAsync(
        "appsettings.json",
        """{ "urls": "http://localhost:50000" """,
        globalConfig: "build_property.PortAnalyzersCheckConfigFiles = false");

    [Fact]
    public Task CheckConfigFilesTrue_Reads() => ConfigFiles.VerifyAsync(
        "appsettings.json",
        """{ "urls": "http://localhost:{|PORT001:50000|}" }""",
        globalConfig: "build_property.PortAnalyzersCheckConfigFiles = true");
}
