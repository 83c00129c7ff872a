using System.Threading.Tasks;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

public class PORT010_ConfigFileTests
{
    [Fact]
    public Task InvalidOptionForAConfigFile_ReportsOnceAtItsStartAndUsesTheDefault() => ConfigFiles.VerifyAsync(
        "appsettings.json",
        """{|PORT010:|}{ "urls": "http://localhost:{|PORT001:50000|};http://localhost:{|PORT001:50001|}" }""",
        editorConfig: "port_analyzers.allowed_ports = fifty");

    [Fact]
    public Task InvalidMsBuildProperty_Reports() => ConfigFiles.VerifyAsync(
        "Properties/launchSettings.json",
        """{|PORT010:|}{ "profiles": { "web": { "applicationUrl": "http://localhost:5000" } } }""",
        globalConfig: "build_property.PortAnalyzersDynamicPortRange = sometimes");

    [Fact]
    public Task InvalidOptionForOtherFilesOnly_DoesNotReport() => ConfigFiles.VerifyAsync(
        "appsettings.json",
        """{ "urls": "http://localhost:5000" }""",
        editorConfig: "[*.cs]\nport_analyzers.allowed_ports = fifty");

    [Fact]
    public Task FilesThatAreNotRead_DoNotReport() => ConfigFiles.VerifyAsync(
        "settings.json",
        """{ "urls": "http://localhost:5000" }""",
        editorConfig: "port_analyzers.allowed_ports = fifty");
}
