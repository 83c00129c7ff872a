using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PortAnalyzers.Config;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Tests.Config;

public class ConfigFileTests
{
    [Theory]
    [InlineData("/p/appsettings.json", "AppSettings")]
    [InlineData("/p/AppSettings.Development.JSON", "AppSettings")]
    [InlineData(@"C:\p\appsettings.Production.json", "AppSettings")]
    [InlineData("/p/Properties/launchSettings.json", "LaunchSettings")]
    [InlineData("/p/NuGet.Config", "NuGetConfig")]
    [InlineData("/p/nuget.config", "NuGetConfig")]
    [InlineData("/p/appsettings..json", "None")]
    [InlineData("/p/myappsettings.json", "None")]
    [InlineData("/p/settings.json", "None")]
    [InlineData("/p/appsettings.json.bak", "None")]
    public void Kind_IsRecognisedByFileName(string path, string kind) => Assert.Equal(kind, ConfigFileKinds.Of(path).ToString());

    [Fact]
    public void AppSettings_ReadsEveryPortKeyCaseInsensitively()
    {
        var text = """
            {
              "kestrel": { "ENDPOINTS": { "Http": { "url": "http://*:5001" }, "Https": { "Url": "https://localhost:5002" } } },
              "Urls": "http://+:5003;http://127.0.0.1:5004",
              "HTTP_PORTS": "5005; 5006",
              "https_ports": 5007,
              "connectionStrings": { "Db": "Server=db.example.test,5008;Database=x" },
              "Retry": { "DelayMs": 50000, "Url": "http://*:5009" }
            }
            """;
        var ports = Read(ConfigFileKind.AppSettings, text);

        Assert.Equal(new long[] { 5001, 5002, 5003, 5004, 5005, 5006, 5007, 5008 }, ports.Select(p => p.Usage.Port));
        Assert.All(ports, p => Assert.Equal(p.Usage.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), text.Substring(p.Start, p.Length)));
        Assert.Equal(new[] { HostScope.AllInterfaces, HostScope.Loopback, HostScope.AllInterfaces, HostScope.Loopback }, ports.Take(4).Select(p => p.Usage.Host));
        Assert.Equal(PortRole.ClientTarget, ports.Last().Usage.Role);
        Assert.Equal(ports[0].Group, ports[1].Group);
        Assert.Equal(ports[2].Group, ports[3].Group);
        Assert.NotEqual(ports[0].Group, ports[2].Group);
        Assert.Equal(ports[4].Group, ports[6].Group);
        Assert.Equal("https", ports[6].Usage.Scheme);
    }

    [Fact]
    public void AppSettings_UrlWithoutPort_PointsAtTheUrl()
    {
        var text = """{ "urls": "http://*" }""";
        var port = Assert.Single(Read(ConfigFileKind.AppSettings, text));

        Assert.Equal(80, port.Usage.Port);
        Assert.Equal("http://*", text.Substring(port.Start, port.Length));
    }

    [Fact]
    public void AppSettings_EscapedValue_PointsAtTheWholeString()
    {
        var text = """{ "urls": "http:\/\/*:50000" }""";
        var port = Assert.Single(Read(ConfigFileKind.AppSettings, text));

        Assert.Equal(50000, port.Usage.Port);
        Assert.Equal("\"http:\\/\\/*:50000\"", text.Substring(port.Start, port.Length));
    }

    [Fact]
    public void LaunchSettings_ReadsProfilesAndMarksIisPortsAsGenerated()
    {
        var text = """
            {
              "iisSettings": { "windowsAuthentication": false, "iisExpress": { "applicationUrl": "http://localhost:50001", "sslPort": 44301 } },
              "profiles": {
                "web": {
                  "applicationUrl": "https://localhost:5001;http://localhost:5002",
                  "environmentVariables": { "aspnetcore_urls": "http://*:5003", "ASPNETCORE_HTTP_PORTS": "5004", "ASPNETCORE_HTTPS_PORTS": "5005" }
                },
                "other": { "commandName": "Project", "launchUrl": "http://localhost:5006" }
              }
            }
            """;
        var ports = Read(ConfigFileKind.LaunchSettings, text);

        Assert.Equal(new long[] { 5001, 5002, 5003, 5004, 5005, 50001, 44301 }, ports.Select(p => p.Usage.Port));
        Assert.Equal(new[] { false, false, false, false, false, true, true }, ports.Select(p => p.ValidityOnly));
        Assert.All(ports, p => Assert.Equal(p.Usage.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), text.Substring(p.Start, p.Length)));
    }

    [Fact]
    public void NuGetConfig_ReadsSourcePortsButNotComments()
    {
        var text = """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="feed" value="https://feed.example.test:50443/v3/index.json" />
                <!-- <add key="old" value="https://old.example.test:50444/v3/index.json" /> -->
                <add key='no-port' value='https://api.nuget.org/v3/index.json' />
                <add key="escaped" value="https://feed.example.test:50445/v3/index.json?a=1&amp;b=2" />
              </packageSources>
              <disabledPackageSources><add key="x" value="true" /></disabledPackageSources>
            </configuration>
            """;
        var ports = Read(ConfigFileKind.NuGetConfig, "\uFEFF" + text);

        Assert.Equal(new long[] { 50443, 50445 }, ports.Select(p => p.Usage.Port));
        Assert.Equal("50443", ("\uFEFF" + text).Substring(ports[0].Start, ports[0].Length));
        Assert.StartsWith("value=\"https://feed.example.test:50445", ("\uFEFF" + text).Substring(ports[1].Start, ports[1].Length), StringComparison.Ordinal);
        Assert.All(ports, p => Assert.Equal(PortRole.ClientTarget, p.Usage.Role));
        Assert.All(ports, p => Assert.False(p.Usage.IsHttp));
    }

    [Theory]
    [InlineData("<configuration>\n  <packageSources>\n</configuration>", 3, 3)]
    [InlineData("<configuration><add key=\"a\" value=\"b /></configuration>", 0, 0)]
    [InlineData("", 0, 0)]
    public void MalformedNuGetConfig_ReportsWhere(string text, int line, int column)
    {
        var file = ConfigFile.Read(ConfigFileKind.NuGetConfig, text, new JsonDocuments(), CancellationToken.None);

        Assert.NotNull(file.Error);
        Assert.False(file.Error!.Value.Message.EndsWith(".", StringComparison.Ordinal));
        if (line > 0)
        {
            var lines = text.Substring(0, file.Error.Value.Offset).Split('\n');
            Assert.Equal((line, column), (lines.Length, lines[lines.Length - 1].Length + 1));
        }
    }

    [Fact]
    public void MalformedJson_ReportsTheError()
    {
        var file = ConfigFile.Read(ConfigFileKind.AppSettings, "{ \"urls\": \"http://*:5000\" ", new JsonDocuments(), CancellationToken.None);

        Assert.Empty(file.Ports);
        Assert.Contains("'}' is missing", file.Error!.Value.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Checker_ReportsPolicyFindingsDuplicatesAndOnlyValidityForGeneratedPorts()
    {
        var text = """
            {
              "iisSettings": { "iisExpress": { "applicationUrl": "http://localhost:50001", "sslPort": 70000 } },
              "profiles": { "web": { "applicationUrl": "http://*:50002;http://localhost:50002;http://localhost:5000" } }
            }
            """;
        var file = ConfigFile.Read(ConfigFileKind.LaunchSettings, text, new JsonDocuments(), CancellationToken.None);
        var findings = ConfigFileChecker.Check(file.Ports, PortPolicy.Default, offset => text.Substring(0, offset).Count(c => c == '\n') + 1);

        Assert.Equal(
            new[] { ("PORT001", "50002"), ("PORT001", "50002"), ("PORT004", "70000"), ("PORT009", "50002") },
            findings.Select(f => (f.Finding.RuleId, text.Substring(f.Start, f.Length))));
        Assert.Equal(text.LastIndexOf("50002", StringComparison.Ordinal), findings[3].Start);
        Assert.Equal(text.IndexOf("50002", StringComparison.Ordinal), findings[3].Related!.Value.Start);
        Assert.Equal(new object[] { 50002L, "3" }, findings[3].Finding.MessageArgs);
    }

    private static List<ConfigPort> Read(ConfigFileKind kind, string text)
    {
        var file = ConfigFile.Read(kind, text, new JsonDocuments(), CancellationToken.None);
        Assert.True(file.Error is null, file.Error?.Message);
        return file.Ports;
    }
}
