using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

/// <summary>PORT004 in container files: EXPOSE, compose ports and the app's ports outside 0-65535.</summary>
public class PORT004_ContainerFileTests
{
    [Fact]
    public Task ExposeOutOfRange_Reports() => ConfigFiles.VerifyAsync("Dockerfile", """
        FROM mcr.microsoft.com/dotnet/runtime:8.0
        EXPOSE {|PORT004:70000|}
        EXPOSE {|PORT004:8000-70000|}/udp
        """);

    [Fact]
    public Task ComposePortsOutOfRange_Report() => ConfigFiles.VerifyAsync("docker-compose.yml", """
        services:
          db:
            image: postgres:16
            ports:
              - "{|PORT004:99999|}:5432"
              - "5432:{|PORT004:654321|}"
            expose: [{|PORT004:100000|}]
        """);

    [Fact]
    public Task SeverityFromAGlobalConfig_Applies() => ConfigFiles.VerifyAsync(
        "Dockerfile",
        "FROM scratch\nEXPOSE {|#0:70000|}\n",
        globalConfig: "dotnet_diagnostic.PORT004.severity = warning",
        expected: CSharpAnalyzerVerifier<ConfigFileAnalyzer>.Diagnostic("PORT004").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments(70000L));
}
