using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

/// <summary>PORT012 in compose files (container ports of this project's services) and for the SDK's ContainerPort items.</summary>
public class PORT012_ComposeAndSdkTests
{
    private const string Net8Dockerfile = """
        FROM mcr.microsoft.com/dotnet/aspnet:8.0
        COPY . .
        ENTRYPOINT ["dotnet", "Web.dll"]
        """;

    [Fact]
    public Task MappingToPort80OfADotNet8App_Reports() => VerifyAsync(
        """
        services:
          web:
            build: .
            ports:
              - "5000:{|#0:80|}"
        """,
        expected: Diagnostic().WithLocation(0).WithArguments(
            "the service 'web' maps host port 5000 to container port 80",
            "the app listens on 8080 (the default of mcr.microsoft.com/dotnet/aspnet:8.0)"));

    [Fact]
    public Task MappingTo8080_DoesNotReport() => VerifyAsync("""
        services:
          web:
            build:
              context: .
              dockerfile: Dockerfile
            ports:
              - "127.0.0.1:5000:8080"
              - 8080
            expose:
              - "8080"
        """);

    [Fact]
    public Task LongSyntaxAndExpose_Report() => VerifyAsync("""
        services:
          web:
            build: .
            ports:
              - target: {|PORT012:80|}
                published: "5000"
                host_ip: 127.0.0.1
                protocol: tcp
            expose: [ "{|PORT012:443|}" ]
        """);

    [Fact]
    public Task ServiceEnvironmentOverridesTheDockerfile_MapForm() => VerifyAsync("""
        services:
          web:
            build: .
            environment:
              ASPNETCORE_HTTP_PORTS: "5000"
            ports: ["5000:5000", "5001:{|PORT012:8080|}"]
        """);

    [Fact]
    public Task ServiceEnvironment_ListForm() => VerifyAsync("""
        services:
          web:
            build: .
            environment:
              - ASPNETCORE_URLS=http://+:5000
              - Logging__LogLevel__Default=Debug
            ports:
              - "5000:5000"
              - "5001:{|PORT012:8080|}"
        """);

    [Fact]
    public Task UrlsInComposeAndHttpPortsInTheDockerfile_ReportsAtTheComposeSide() => VerifyAsync(
        """
        services:
          web:
            build: .
            environment:
              {|#0:ASPNETCORE_URLS|}: http://+:5000
            ports: ["5000:5000"]
        """,
        "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENV ASPNETCORE_HTTP_PORTS=8080\n",
        Diagnostic().WithLocation(0).WithArguments(
            "ASPNETCORE_HTTP_PORTS in Dockerfile at line 2 is set",
            "ASPNETCORE_URLS at line 5 overrides it, so the app does not listen on the ports it names"));

    [Fact]
    public Task EnvFileOrUnknownVariables_AreNotJudged() => VerifyAsync("""
        services:
          web:
            build: .
            env_file: web.env
            ports: ["5000:80"]
          api:
            build: .
            environment:
              ASPNETCORE_HTTP_PORTS: ${API_PORT}
            ports: ["5001:80"]
        """);

    [Theory]
    [InlineData("/0/")]
    [InlineData(null)]
    public Task ImageServices_AreNotJudgedForPort012(string? projectDir) => Test(
        """
        services:
          cache:
            image: redis:7
            ports: ["6379:6379"]
          proxy:
            image: mcr.microsoft.com/dotnet/aspnet:8.0
            ports: ["8000:80"]
          mail:
            image: rnwood/smtp4dev
            ports: ["3000:5000", "2525:25"]
            environment:
              - ASPNETCORE_URLS=http://+:5000
        """,
        Net8Dockerfile,
        projectDir).RunAsync();

    [Fact]
    public Task ServicesOfOtherProjects_AreLeftToThem() => VerifyAsync(
        """
        services:
          web:
            build:
              context: .
              dockerfile: Dockerfile
            ports: ["5000:{|PORT012:80|}"]
          worker:
            build: ../Worker
            ports: ["5001:80"]
        """,
        projectDir: "/0/");

    [Fact]
    public Task OverrideFileWithoutBuild_IsJudgedThroughTheBaseFile()
    {
        var test = Test(
            """
            services:
              web:
                build:
                  context: .
            """,
            Net8Dockerfile,
            projectDir: "/0/");
        test.TestState.AdditionalFiles.Add(ConfigFiles.At("docker-compose.override.yml", """
            services:
              web:
                environment:
                  - ASPNETCORE_HTTP_PORTS=8080
                ports:
                  - "8080"
                  - "{|PORT012:80|}"
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task DockerfileExposingWhatTheComposeServiceThatBuildsItListensOn_DoesNotReport()
        => VisualStudioComposeLayout(
            "EXPOSE 8081",
            """
              basket.api:
                environment:
                  - ASPNETCORE_HTTP_PORTS=8080
                  - ASPNETCORE_HTTPS_PORTS=8081
                ports:
                  - "6001:8080"
                  - "6061:8081"
            """).RunAsync();

    [Fact]
    public Task DockerfileExposingWhatNoServiceThatBuildsItListensOn_Reports()
        => VisualStudioComposeLayout(
            "EXPOSE {|PORT012:8081|}",
            """
              basket.api:
                environment:
                  - ASPNETCORE_HTTP_PORTS=8080
                ports:
                  - "6001:8080"
              catalog.api:
                build:
                  context: .
                  dockerfile: Services/Catalog/Dockerfile
                environment:
                  - ASPNETCORE_HTTPS_PORTS=8081
            """).RunAsync();

    [Fact]
    public Task DockerfileBuiltByAServiceWithAnEnvFile_IsNotJudged()
        => VisualStudioComposeLayout(
            "EXPOSE 8081",
            """
              basket.api:
                env_file: basket.env
            """).RunAsync();

    [Fact]
    public Task PortsOfAServiceWhoseNetworkASidecarJoins_AreNotJudged() => VerifyAsync("""
        services:
          web:
            build: .
            ports:
              - "5000:8080"
              - "{|PORT001:50001|}:50001"
          web-dapr:
            image: "daprio/daprd:1.14"
            command: ["./daprd", "-app-id", "web", "-app-port", "8080"]
            network_mode: "service:web"
        """);

    [Fact]
    public Task PortsOfAServiceWhoseNetworkNoSidecarJoins_AreJudged() => VerifyAsync("""
        services:
          web:
            build: .
            ports:
              - "5000:8080"
              - "{|PORT001:50001|}:{|PORT012:50001|}"
          cache-dapr:
            image: "daprio/daprd:1.14"
            network_mode: "service:cache"
          tools:
            image: "busybox"
            network_mode: host
        """);

    [Fact]
    public Task ServiceBuildingADockerfileTheProjectDoesNotHave_IsNotJudged() => VerifyAsync("""
        services:
          web:
            build: .
            environment:
              - ASPNETCORE_HTTP_PORTS=8080
            ports: ["5000:{|PORT012:80|}"]
          worker:
            build:
              context: .
              dockerfile: Worker.Dockerfile
            environment:
              - ASPNETCORE_HTTP_PORTS=8080
            ports: ["5001:80"]
        """);

    [Fact]
    public Task WindowsPaths_FindTheProjectsDockerfileInAnyCaseAndSeparator()
    {
        // MSBuild on Windows hands over backslashed paths, and a compose file may spell a folder in another case.
        var test = new CSharpAnalyzerVerifier<ConfigFileAnalyzer>.Test
        {
            TestCode = string.Empty,
            TestState =
            {
                AdditionalFiles =
                {
                    (@"C:\src\Web\docker-compose.yml", """
                        services:
                          web:
                            build:
                              context: ../web
                              dockerfile: Dockerfile
                            ports: ["5000:{|PORT012:80|}"]
                          worker:
                            build: ..\Worker
                            ports: ["5001:80"]
                        """),
                    (@"C:\src\Web\Dockerfile", Net8Dockerfile),
                },
            },
        };
        test.TestState.AddOptions(null, @"build_property.ProjectDir = c:\SRC\Web\");
        return test.RunAsync();
    }

    [Fact]
    public Task ContainerPortItem_Reports() => ConfigFiles.VerifyAsync(
        "Web.csproj",
        """
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <ItemGroup>
            <ContainerPort Include="8080" Type="tcp" />
            <ContainerPort Include="{|PORT012:80|}" Type="tcp" />
          </ItemGroup>
        </Project>
        """,
        globalConfig: "build_property.PortAnalyzersContainerPorts = 8080,80\nbuild_property.UsingMicrosoftNETSdkWeb = true\nbuild_property.TargetFramework = net8.0");

    [Fact]
    public Task ContainerFamily_NamesTheImageTheSdkPicks() => ConfigFiles.VerifyAsync(
        "Web.csproj",
        "<Project><ItemGroup><ContainerPort Include=\"{|#0:80|}\" /></ItemGroup></Project>",
        globalConfig: "build_property.PortAnalyzersContainerPorts = 80\nbuild_property.UsingMicrosoftNETSdkWeb = true\nbuild_property.TargetFramework = net9.0\nbuild_property.ContainerFamily = alpine",
        expected: Diagnostic().WithLocation(0).WithArguments("the ContainerPort item declares port 80", "the app listens on 8080 (the default of mcr.microsoft.com/dotnet/aspnet:9.0-alpine)"));

    [Fact]
    public Task ContainerEnvironmentVariables_DecideAndAreCheckedForOverrides() => ConfigFiles.VerifyAsync(
        "Web.csproj",
        """
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <ItemGroup>
            <ContainerPort Include="5000" />
            <ContainerPort Include="{|PORT012:8080|}" />
            <ContainerEnvironmentVariable Include="ASPNETCORE_URLS" Value="http://+:5000" />
            <ContainerEnvironmentVariable Include="{|PORT012:ASPNETCORE_HTTP_PORTS|}" Value="8080" />
          </ItemGroup>
        </Project>
        """,
        globalConfig: "build_property.PortAnalyzersContainerPorts = 5000,8080\nbuild_property.PortAnalyzersContainerEnvironment = ASPNETCORE_URLS=http://+:5000|ASPNETCORE_HTTP_PORTS=8080\nbuild_property.ContainerBaseImage = mcr.microsoft.com/dotnet/aspnet:8.0");

    [Fact]
    public Task ContainerPortOfASelfContainedApp_IsNotJudged() => ConfigFiles.VerifyAsync(
        "Web.csproj",
        "<Project><ItemGroup><ContainerPort Include=\"80\" /></ItemGroup></Project>",
        globalConfig: "build_property.PortAnalyzersContainerPorts = 80\nbuild_property.UsingMicrosoftNETSdkWeb = true\nbuild_property.TargetFramework = net8.0\nbuild_property.PublishAot = true");

    /// <summary>
    /// Visual Studio's layout: the compose files beside the solution, building the project's Dockerfile from there, and
    /// the ports in the override file. <paramref name="override"/> holds the override's services.
    /// </summary>
    private static CSharpAnalyzerVerifier<ConfigFileAnalyzer>.Test VisualStudioComposeLayout(string secondExpose, string @override)
    {
        var test = new CSharpAnalyzerVerifier<ConfigFileAnalyzer>.Test
        {
            TestCode = string.Empty,
            TestState =
            {
                AdditionalFiles =
                {
                    ("/src/docker-compose.yml", """
                        services:
                          basket.api:
                            image: ${DOCKER_REGISTRY-}basketapi
                            build:
                              context: .
                              dockerfile: Services/Basket/Dockerfile
                        """),
                    ("/src/docker-compose.override.yml", "services:\n" + @override),
                    ("/src/Services/Basket/Dockerfile", $$"""
                        FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS base
                        USER app
                        WORKDIR /app
                        EXPOSE 8080
                        {{secondExpose}}

                        FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
                        WORKDIR /src
                        COPY . .
                        RUN dotnet publish "Services/Basket/Basket.csproj" -c Release -o /app/publish

                        FROM base AS final
                        WORKDIR /app
                        COPY --from=build /app/publish .
                        ENTRYPOINT ["dotnet", "Basket.dll"]
                        """),
                },
            },
        };
        test.TestState.AddOptions(null, "build_property.ProjectDir = /src/Services/Basket/");
        return test;
    }

    private static DiagnosticResult Diagnostic() => CSharpAnalyzerVerifier<ConfigFileAnalyzer>.Diagnostic("PORT012");

    private static Task VerifyAsync(string compose, string dockerfile = Net8Dockerfile, params DiagnosticResult[] expected)
    {
        var test = Test(compose, dockerfile, projectDir: null);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static Task VerifyAsync(string compose, string projectDir) => Test(compose, Net8Dockerfile, projectDir).RunAsync();

    private static CSharpAnalyzerVerifier<ConfigFileAnalyzer>.Test Test(string compose, string dockerfile, string? projectDir)
    {
        var test = new CSharpAnalyzerVerifier<ConfigFileAnalyzer>.Test
        {
            TestCode = string.Empty,
            TestState = { AdditionalFiles = { ConfigFiles.At("docker-compose.yml", compose), ConfigFiles.At("Dockerfile", dockerfile) } },
        };
        test.TestState.AddOptions(null, projectDir is null ? null : "build_property.ProjectDir = " + projectDir);
        return test;
    }
}
