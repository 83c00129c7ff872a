using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

/// <summary>
/// PORT013: this project's bindings against the files of the other projects the package's props hand over, marked
/// with the <c>PortAnalyzersProject</c> metadata (here through a .globalconfig, as the build's editorconfig does).
/// </summary>
public class PORT013_PortUsedByAnotherProjectTests
{
    private const string OtherLaunchSettings = "/Api/Properties/launchSettings.json";

    [Fact]
    public Task SameApplicationUrlPort_ReportsNamingTheOtherProjectFileAndLine() => VerifyAsync(
        """
        {
          "profiles": {
            "http": { "commandName": "Project", "applicationUrl": "http://localhost:{|#0:5000|}" }
          }
        }
        """,
        new[] { (OtherLaunchSettings, "Api", """
            {
              "profiles": {
                "http": {
                  "commandName": "Project",
                  "applicationUrl": "https://localhost:5001;http://localhost:5000"
                }
              }
            }
            """) },
        Diagnostic().WithLocation(0).WithArguments(5000L, "Api", "launchSettings.json", "5"));

    [Fact]
    public Task DifferentPortsOrAddresses_DoNotReport() => VerifyAsync(
        """{ "profiles": { "web": { "applicationUrl": "http://localhost:5000;http://192.0.2.1:5001" } } }""",
        new[] { (OtherLaunchSettings, "Api", """{ "profiles": { "api": { "applicationUrl": "http://localhost:5002;http://192.0.2.2:5001" } } }""") });

    [Fact]
    public Task AllInterfacesOverlapLoopback_AcrossFileKinds() => VerifyAsync(
        """{ "profiles": { "web": { "environmentVariables": { "ASPNETCORE_HTTP_PORTS": "{|PORT013:8080|}" } } } }""",
        new[] { ("/Api/appsettings.Development.json", "Api", """{ "Kestrel": { "Endpoints": { "Http": { "Url": "http://localhost:8080" } } } }""") });

    [Fact]
    public Task PortZeroIisExpressAndOwnProfiles_AreSilent() => VerifyAsync(
        """
        {
          "iisSettings": { "iisExpress": { "applicationUrl": "http://localhost:44300", "sslPort": 44301 } },
          "profiles": {
            "http": { "applicationUrl": "http://localhost:0;http://localhost:5000" },
            "https": { "applicationUrl": "https://localhost:5001;http://localhost:5000" }
          }
        }
        """,
        new[] { (OtherLaunchSettings, "Api", """
            {
              "iisSettings": { "iisExpress": { "applicationUrl": "http://localhost:44300", "sslPort": 44301 } },
              "profiles": { "http": { "applicationUrl": "http://localhost:0" } }
            }
            """) });

    [Fact]
    public Task ComposeHostPortOfAnotherProject_Reports() => VerifyAsync(
        """{ "profiles": { "web": { "applicationUrl": "http://localhost:{|PORT013:5432|}" } } }""",
        new[] { ("/Api/docker-compose.yml", "Api", "services:\n  db:\n    image: postgres:16\n    ports: [\"5432:5432\"]\n") });

    [Fact]
    public Task OtherProjectsFiles_AreNotCheckedAsThisProjectsOwn_AndBrokenOnesAreIgnored() => VerifyAsync(
        """{ "profiles": { "web": { "applicationUrl": "http://localhost:5000" } } }""",
        new[]
        {
            (OtherLaunchSettings, "Api", """{ "profiles": { "api": { "applicationUrl": "http://localhost:50000;http://localhost:70000" } } }"""),
            ("/Worker/appsettings.json", "Worker", """{ "urls": "http://localhost:5000" """),
        });

    [Fact]
    public Task HostedBlazorWebAssemblyClientAndServer_AreSilent_ButADebuggingProfileAgainstAnApiIsNot() => VerifyAsync(
        """
        {
          "profiles": {
            "Shop.Client": {
              "commandName": "Project",
              "inspectUri": "{wsProtocol}://{url.hostname}:{url.port}/_framework/debug/ws-proxy?browser={browserInspectUri}",
              "applicationUrl": "https://localhost:7123;http://localhost:{|PORT013:5123|}"
            }
          }
        }
        """,
        new[]
        {
            ("/Shop/Server/Properties/launchSettings.json", "Shop.Server", """
                {
                  "profiles": {
                    "Shop.Server": {
                      "commandName": "Project",
                      "inspectUri": "{wsProtocol}://{url.hostname}:{url.port}/_framework/debug/ws-proxy?browser={browserInspectUri}",
                      "applicationUrl": "https://localhost:7123;http://localhost:5123"
                    }
                  }
                }
                """),
            ("/Api/Properties/launchSettings.json", "Api", """{ "profiles": { "Api": { "applicationUrl": "http://localhost:5123" } } }"""),
        });

    [Fact]
    public Task OptOut_IsSilent() => VerifyAsync(
        """{ "profiles": { "web": { "applicationUrl": "http://localhost:5000" } } }""",
        new[] { (OtherLaunchSettings, "Api", """{ "profiles": { "api": { "applicationUrl": "http://localhost:5000" } } }""") },
        properties: "build_property.PortAnalyzersCheckOtherProjects = false");

    [Fact]
    public Task AppHostResourcesWithTheSamePort_ReportInEachResourceFile()
    {
        var test = Test(
            """{ "profiles": { "https": { "applicationUrl": "https://localhost:17001;http://localhost:15001" } } }""",
            new[]
            {
                ("/Api/Properties/launchSettings.json", "Api", """{ "profiles": { "http": { "applicationUrl": "http://localhost:{|PORT013:5000|}" } } }"""),
                ("/Web/Properties/launchSettings.json", "Web", """{ "profiles": { "http": { "applicationUrl": "http://localhost:{|PORT013:5000|}" } } }"""),
            },
            properties: null,
            appHostResources: true);
        return test.RunAsync();
    }

    [Fact]
    public Task AppHostsOwnPortUsedByAResource_ReportsInTheAppHostsFileOnly()
    {
        // microsoft/aspire#2927: a worker bound the AppHost's own port. The worker's side is its own build's to report.
        var test = Test(
            """{ "profiles": { "https": { "applicationUrl": "https://localhost:{|PORT013:17001|};http://localhost:15001" } } }""",
            new[] { ("/Worker/Properties/launchSettings.json", "Worker", """{ "profiles": { "http": { "applicationUrl": "https://localhost:17001" } } }""") },
            properties: null,
            appHostResources: true);
        return test.RunAsync();
    }

    private static DiagnosticResult Diagnostic() => CSharpAnalyzerVerifier<ConfigFileAnalyzer>.Diagnostic("PORT013");

    private static Task VerifyAsync(string ownLaunchSettings, (string Path, string Project, string Text)[] others, params DiagnosticResult[] expected)
        => VerifyAsync(ownLaunchSettings, others, properties: null, expected);

    private static Task VerifyAsync(string ownLaunchSettings, (string Path, string Project, string Text)[] others, string? properties, params DiagnosticResult[] expected)
    {
        var test = Test(ownLaunchSettings, others, properties, appHostResources: false);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>This project's launchSettings.json and the other projects' files, marked as the package's props mark them.</summary>
    private static CSharpAnalyzerVerifier<ConfigFileAnalyzer>.Test Test(string ownLaunchSettings, (string Path, string Project, string Text)[] others, string? properties, bool appHostResources)
    {
        var test = new CSharpAnalyzerVerifier<ConfigFileAnalyzer>.Test
        {
            TestCode = string.Empty,
            TestState = { AdditionalFiles = { ConfigFiles.At("Properties/launchSettings.json", ownLaunchSettings) } },
        };
        var metadata = new System.Text.StringBuilder(properties is null ? string.Empty : properties + "\n");
        foreach (var (path, project, text) in others)
        {
            test.TestState.AdditionalFiles.Add((path, text));
            metadata.Append('[').Append(path).Append("]\nbuild_metadata.AdditionalFiles.PortAnalyzersProject = ").Append(project).Append('\n');
            if (appHostResources)
            {
                metadata.Append("build_metadata.AdditionalFiles.PortAnalyzersAppHostResource = true\n");
            }
        }

        test.TestState.AddOptions(null, metadata.ToString());
        return test;
    }
}
