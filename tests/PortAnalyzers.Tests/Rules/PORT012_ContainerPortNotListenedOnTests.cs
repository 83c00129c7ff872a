using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

/// <summary>PORT012 in Dockerfiles: EXPOSE against the port the app listens on, in ASP.NET Core's precedence.</summary>
public class PORT012_ContainerPortNotListenedOnTests
{
    [Fact]
    public Task Expose80OnTheDotNet8Image_Reports() => ConfigFiles.VerifyAsync("Dockerfile", """
        FROM mcr.microsoft.com/dotnet/aspnet:8.0
        WORKDIR /app
        COPY . .
        EXPOSE {|PORT012:80|}
        ENTRYPOINT ["dotnet", "Web.dll"]
        """);

    [Fact]
    public Task Message_NamesBothPortsAndWhereTheAppPortComesFrom() => ConfigFiles.VerifyAsync(
        "Dockerfile",
        """
        FROM mcr.microsoft.com/dotnet/aspnet:9.0-alpine
        EXPOSE {|#0:80|}
        """,
        expected: Diagnostic().WithLocation(0).WithArguments("EXPOSE declares port 80", "the app listens on 8080 (the default of mcr.microsoft.com/dotnet/aspnet:9.0-alpine)"));

    [Fact]
    public Task Expose8080OnTheDotNet8Image_DoesNotReport() => ConfigFiles.VerifyAsync("Dockerfile", """
        FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS base
        EXPOSE 8080
        """);

    [Fact]
    public Task Expose8080OnTheDotNet6Image_Reports() => ConfigFiles.VerifyAsync("Dockerfile", """
        FROM mcr.microsoft.com/dotnet/aspnet:6.0
        EXPOSE {|PORT012:8080|}
        """);

    [Fact]
    public Task Expose80OnTheDotNetCoreImage_DoesNotReport() => ConfigFiles.VerifyAsync("Dockerfile", """
        FROM mcr.microsoft.com/dotnet/core/aspnet:3.1
        EXPOSE 80
        """);

    [Fact]
    public Task AspNetCoreUrlsDecides() => ConfigFiles.VerifyAsync("Dockerfile", """
        FROM mcr.microsoft.com/dotnet/aspnet:8.0
        ENV ASPNETCORE_URLS=http://+:5000
        EXPOSE 5000
        EXPOSE {|PORT012:8080|}
        """);

    [Fact]
    public Task HttpPortsDecide_InTheOldEnvForm() => ConfigFiles.VerifyAsync("Dockerfile", """
        FROM mcr.microsoft.com/dotnet/aspnet:8.0
        ENV ASPNETCORE_HTTP_PORTS 5000
        EXPOSE 5000 {|PORT012:8080|}/tcp
        """);

    [Fact]
    public Task UrlsAndHttpPortsBothSet_ReportsTheIgnoredOne() => ConfigFiles.VerifyAsync(
        "Dockerfile",
        """
        FROM mcr.microsoft.com/dotnet/aspnet:8.0
        ENV ASPNETCORE_URLS=http://+:5000 \
            {|#0:ASPNETCORE_HTTP_PORTS|}=5000
        EXPOSE 5000
        """,
        expected: Diagnostic().WithLocation(0).WithArguments(
            "ASPNETCORE_HTTP_PORTS at line 3 is set",
            "ASPNETCORE_URLS at line 2 overrides it, so the app does not listen on the ports it names"));

    [Fact]
    public Task OnlyTheFinalStageCounts() => ConfigFiles.VerifyAsync("Dockerfile", """
        FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
        EXPOSE 80
        ENV ASPNETCORE_URLS=http://+:5000
        RUN dotnet publish -c Release -o /app

        FROM mcr.microsoft.com/dotnet/aspnet:8.0
        COPY --from=build /app .
        EXPOSE 8080
        """);

    [Fact]
    public Task FinalStageBuiltOnABaseStage_InheritsItsImageAndPorts() => ConfigFiles.VerifyAsync("Dockerfile", """
        # The layout Visual Studio writes.
        FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS base
        USER $APP_UID
        WORKDIR /app
        EXPOSE 8080
        EXPOSE {|PORT012:80|}

        FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
        ARG BUILD_CONFIGURATION=Release
        WORKDIR /src
        COPY ["Web/Web.csproj", "Web/"]
        RUN dotnet restore "./Web/Web.csproj"

        FROM build AS publish
        RUN dotnet publish "./Web.csproj" -c $BUILD_CONFIGURATION -o /app/publish /p:UseAppHost=false

        FROM base AS final
        WORKDIR /app
        COPY --from=publish /app/publish .
        ENTRYPOINT ["dotnet", "Web.dll"]
        """);

    [Fact]
    public Task VariablesWithDefaults_AreResolved() => ConfigFiles.VerifyAsync("Dockerfile", """
        ARG DOTNET_VERSION=8.0
        FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION}
        ARG PORT=80
        EXPOSE {|PORT012:$PORT|}
        """);

    [Fact]
    public Task UnknownVariables_AreNotJudged() => ConfigFiles.VerifyAsync("Dockerfile", """
        ARG DOTNET_VERSION
        FROM mcr.microsoft.com/dotnet/aspnet:$DOTNET_VERSION
        ARG PORT
        EXPOSE $PORT
        EXPOSE 80
        """);

    [Fact]
    public Task RuntimeAndOtherBaseImages_AreNotJudged() => ConfigFiles.VerifyAsync("Dockerfile", """
        FROM mcr.microsoft.com/dotnet/runtime:8.0
        EXPOSE 80
        """);

    [Fact]
    public Task ExplicitPortsOnAnyImage_AreJudged() => ConfigFiles.VerifyAsync("Dockerfile", """
        FROM mcr.microsoft.com/dotnet/runtime-deps:8.0-jammy-chiseled
        ENV ASPNETCORE_HTTP_PORTS=8080
        EXPOSE {|PORT012:80|}
        """);

    [Fact]
    public Task KestrelEndpointsInAppSettings_ReplaceTheUrlSettings() => VerifyWithAsync(
        """
        FROM mcr.microsoft.com/dotnet/aspnet:8.0
        ENV ASPNETCORE_HTTP_PORTS=8080
        EXPOSE 5005
        EXPOSE {|PORT012:8080|}
        """,
        ("appsettings.json", """{ "Kestrel": { "Endpoints": { "Http": { "Url": "http://0.0.0.0:5005" } } } }"""));

    [Fact]
    public Task KestrelEndpointWithoutAPort_ListensOnTheSchemesDefault() => VerifyWithAsync(
        """
        FROM mcr.microsoft.com/dotnet/aspnet:8.0
        EXPOSE 80
        EXPOSE {|PORT012:8080|}
        """,
        ("appsettings.json", """{ "Kestrel": { "Endpoints": { "Http": { "Url": "http://localhost" } } } }"""));

    [Fact]
    public Task UrlsInAppSettings_CountBesideTheVariables() => VerifyWithAsync(
        """
        FROM mcr.microsoft.com/dotnet/aspnet:8.0
        EXPOSE 5000
        EXPOSE {|PORT012:80|}
        """,
        ("appsettings.json", """{ "urls": "http://*:5000" }"""));

    [Fact]
    public Task VisualStudioContainerProfilePorts_Count() => VerifyWithAsync(
        """
        FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS base
        EXPOSE 8080
        EXPOSE 8081
        """,
        ("Properties/launchSettings.json", """
            {
              "profiles": {
                "Container (Dockerfile)": {
                  "commandName": "Docker",
                  "environmentVariables": { "ASPNETCORE_HTTPS_PORTS": "8081", "ASPNETCORE_HTTP_PORTS": "8080" },
                  "publishAllPorts": true,
                  "useSSL": true
                }
              }
            }
            """));

    [Theory]
    [InlineData("aspnet:6.0", "80", "443", "\"useSSL\": true")]
    [InlineData("aspnet:7.0", "80", "443", "\"sslPort\": 44300")]
    [InlineData("aspnet:8.0", "8080", "8081", "\"useSSL\": true")]
    public Task VisualStudioContainerToolsHttps_Counts(string image, string http, string https, string ssl) => VerifyWithAsync(
        $"""
        FROM mcr.microsoft.com/dotnet/{image} AS base
        EXPOSE {http}
        EXPOSE {https}
        """,
        ("Properties/launchSettings.json", $$"""
            {
              "profiles": {
                "Docker": {
                  "commandName": "Docker",
                  "launchUrl": "{Scheme}://{ServiceHost}:{ServicePort}",
                  "publishAllPorts": true,
                  {{ssl}}
                }
              }
            }
            """));

    /// <summary>No SSL, a profile's own URLs, an SDK profile; and on a .NET 8 image the tools' HTTPS port is 8081, not 443.</summary>
    [Theory]
    [InlineData("aspnet:6.0", "80", """
        "Docker": { "commandName": "Docker", "useSSL": false, "sslPort": 44300 },
        "Docker (own URLs)": { "commandName": "Docker", "useSSL": true, "environmentVariables": { "ASPNETCORE_URLS": "http://+:5000" } },
        "SDK": { "commandName": "SdkContainer", "useSSL": true }
        """)]
    [InlineData("aspnet:8.0", "8080", """
        "Docker": { "commandName": "Docker", "useSSL": true }
        """)]
    public Task VisualStudioContainerToolsHttps_DoesNotCountFor443(string image, string http, string profiles) => VerifyWithAsync(
        $$"""
        FROM mcr.microsoft.com/dotnet/{{image}} AS base
        EXPOSE {{http}}
        EXPOSE {|PORT012:443|}
        """,
        ("Properties/launchSettings.json", "{ \"profiles\": { " + profiles + " } }"));

    [Fact]
    public Task PortRange_ReportsWhenTheAppPortIsOutsideIt() => ConfigFiles.VerifyAsync("Dockerfile", """
        FROM mcr.microsoft.com/dotnet/aspnet:8.0
        EXPOSE 8000-8100
        EXPOSE {|PORT012:9000-9010|}/udp
        """);

    [Fact]
    public Task AllowedPort_IsNotReported() => ConfigFiles.VerifyAsync(
        "Dockerfile",
        """
        FROM mcr.microsoft.com/dotnet/aspnet:8.0
        EXPOSE 9100
        """,
        editorConfig: "port_analyzers.allowed_ports = 9100");

    [Fact]
    public Task NamedDockerfiles_AreRead() => ConfigFiles.VerifyAsync("Api.Dockerfile", """
        FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled
        EXPOSE {|PORT012:80|}
        """);

    [Fact]
    public Task EmptyHttpPortsBeforeUrls_ClearsTheImageSettingAndIsNotReported() => ConfigFiles.VerifyAsync("Dockerfile", """
        FROM mcr.microsoft.com/dotnet/aspnet:9.0
        ENV \
            # Unset ASPNETCORE_HTTP_PORTS from the base image
            ASPNETCORE_HTTP_PORTS= \
            ASPNETCORE_URLS=http://+:18888
        EXPOSE 18888
        """);

    [Fact]
    public Task AppHostedByIis_IsNotJudged() => ConfigFiles.VerifyAsync("Dockerfile", """
        # escape=`
        FROM mcr.microsoft.com/dotnet/aspnet:10.0-windowsservercore-ltsc2022
        RUN powershell -Command Add-WindowsFeature Web-Server
        EXPOSE 80
        ENTRYPOINT ["C:\\ServiceMonitor.exe", "w3svc"]
        """);

    [Theory]
    [InlineData("options.ListenAnyIP(4317)")]
    [InlineData("options.UseUrls(\"http://+:4317\")")]
    [InlineData("options.@Urls.Add(\"http://+:4317\")")]
    [InlineData("options.ConfigureEndpointDefaults(null)")]
    [InlineData("System.Environment.SetEnvironmentVariable(@\"ASPNETCORE_URLS\", \"http://+:4317\")")]
    [InlineData("options.UseSetting(\"urls\", \"http://+:4317\")")]
    [InlineData("options.UseSetting(\"http_ports\", \"4317\")")]
    [InlineData("options.UseSetting(\"HTTPS_PORTS\", \"4317\")")]
    [InlineData("options.UseSetting(\"Urls\", \"http://+:4317\")")]
    [InlineData("options.UseSetting(Microsoft.AspNetCore.Hosting.WebHostDefaults.HttpPortsKey, \"4317\")")]
    [InlineData("options.UseSetting(Microsoft.AspNetCore.Hosting.WebHostDefaults.HttpsPortsKey, \"4317\")")]
    [InlineData("options.UseSetting(Microsoft.AspNetCore.Hosting.WebHostDefaults.ServerUrlsKey, \"http://+:4317\")")]
    public Task CodeThatChoosesItsEndpoints_IsNotJudged(string call)
    {
        var test = new CSharpAnalyzerVerifier<ConfigFileAnalyzer>.Test
        {
            TestCode = $$"""
                static class Startup
                {
                    // As in a Kestrel setup: options.ListenAnyIP(4317, ...).
                    public static void Configure(dynamic options) => {{call}};
                }
                """,
            TestState = { AdditionalFiles = { ConfigFiles.At("Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:9.0\nEXPOSE 4317\n") } },
        };
        return test.RunAsync();
    }

    [Fact]
    public Task CodeThatSetsTheUrlVariable_IsNotJudged_ButNamesInOtherWords_Are()
    {
        var test = new CSharpAnalyzerVerifier<ConfigFileAnalyzer>.Test
        {
            TestCode = """
                static class Startup
                {
                    public static void Configure() => System.Environment.SetEnvironmentVariable("ASPNETCORE_URLS", "http://+:4317");
                }
                """,
            TestState = { AdditionalFiles = { ConfigFiles.At("Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:9.0\nEXPOSE 4317\n") } },
        };
        var other = new CSharpAnalyzerVerifier<ConfigFileAnalyzer>.Test
        {
            TestCode = "// Listeners and Urls in a comment, ListenerCount as a name.\nstatic class C { static int ListenerCount => 0; static string UrlsText = \"Urls of the app\", Ports = \"the http_ports\", Quoted = @\"urls\"\" of the app\"; }",
            TestState = { AdditionalFiles = { ConfigFiles.At("Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:9.0\nEXPOSE {|PORT012:4317|}\n") } },
        };
        return Task.WhenAll(test.RunAsync(), other.RunAsync());
    }

    private static DiagnosticResult Diagnostic() => CSharpAnalyzerVerifier<ConfigFileAnalyzer>.Diagnostic("PORT012");

    private static Task VerifyWithAsync(string dockerfile, params (string Name, string Text)[] files)
    {
        var test = new CSharpAnalyzerVerifier<ConfigFileAnalyzer>.Test
        {
            TestCode = string.Empty,
            TestState = { AdditionalFiles = { ConfigFiles.At("Dockerfile", dockerfile) } },
        };
        foreach (var (name, text) in files)
        {
            test.TestState.AdditionalFiles.Add(ConfigFiles.At(name, text));
        }

        return test.RunAsync();
    }
}
