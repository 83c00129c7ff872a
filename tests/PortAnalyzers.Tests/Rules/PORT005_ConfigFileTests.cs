using System.Threading.Tasks;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

public class PORT005_ConfigFileTests
{
    [Fact]
    public Task ConnectionStringOnDynamicPort_Reports() => ConfigFiles.VerifyAsync("appsettings.json", """
        {
          "ConnectionStrings": {
            "Sql": "Server=localhost,{|PORT005:50123|};Database=app;Trusted_Connection=True",
            "Postgres": "Host=localhost;Port={|PORT005:55432|};Database=app",
            "Cache": "localhost:{|PORT005:56379|}"
          }
        }
        """);

    [Fact]
    public Task ConnectionStringsKeyInAnyCase_Reports() => ConfigFiles.VerifyAsync("appsettings.Development.json", """
        { "connectionstrings": { "mongo": "mongodb://db.example.test:{|PORT005:57017|}/app" } }
        """);

    [Fact]
    public Task NuGetSourceOnDynamicPort_Reports() => ConfigFiles.VerifyAsync("nuget.config", """
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="local" value="http://localhost:{|PORT005:50080|}/v3/index.json" />
          </packageSources>
        </configuration>
        """);

    [Fact]
    public Task CommentedOutNuGetSource_DoesNotReport() => ConfigFiles.VerifyAsync("NuGet.Config", """
        <configuration>
          <packageSources>
            <!-- <add key="local" value="http://localhost:50080/v3/index.json" /> -->
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
        </configuration>
        """);

    [Fact]
    public Task NuGetSourceOnBrowserBlockedPort_DoesNotReportPort008() => ConfigFiles.VerifyAsync("NuGet.config", """
        <configuration><packageSources><add key="x" value="https://feed.example.test:6000/v3/index.json" /></packageSources></configuration>
        """);

    [Fact]
    public Task ValuesOutsideConnectionStrings_DoNotReport() => ConfigFiles.VerifyAsync("appsettings.json", """
        { "Db": "Server=localhost,50123;Database=app", "ConnectionStrings": { "Sql": "Server=localhost,1433;Database=app" } }
        """);

    [Fact]
    public Task AllowedPort_DoesNotReport() => ConfigFiles.VerifyAsync(
        "appsettings.json",
        """{ "ConnectionStrings": { "Sql": "Server=localhost,50123;Database=app" } }""",
        editorConfig: "port_analyzers.allowed_ports = 50100-50200");
}
