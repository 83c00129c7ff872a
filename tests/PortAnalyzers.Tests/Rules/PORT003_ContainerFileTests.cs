using System.Threading.Tasks;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

/// <summary>PORT003 in container files: the app listening on a well-known port, and host ports published on all interfaces.</summary>
public class PORT003_ContainerFileTests
{
    [Fact]
    public Task DockerfileUrlsOnPort80_Reports() => ConfigFiles.VerifyAsync("Dockerfile", """
        FROM mcr.microsoft.com/dotnet/aspnet:8.0
        ENV ASPNETCORE_URLS=http://+:{|PORT003:80|}
        EXPOSE 80
        """);

    [Fact]
    public Task DockerfileHttpPorts80_InAQuotedValue_Reports() => ConfigFiles.VerifyAsync("Dockerfile", """
        FROM mcr.microsoft.com/dotnet/aspnet:8.0
        ENV ASPNETCORE_HTTP_PORTS="{|PORT003:80|}" DOTNET_RUNNING_IN_CONTAINER=true
        EXPOSE 80
        """);

    [Fact]
    public Task OverriddenEnvOfAnEarlierStage_IsNotJudged() => ConfigFiles.VerifyAsync("Dockerfile", """
        FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS base
        ENV ASPNETCORE_HTTP_PORTS=80

        FROM base
        ENV ASPNETCORE_HTTP_PORTS=8080
        """);

    [Fact]
    public Task ComposePublishedOnAllInterfaces_Reports() => ConfigFiles.VerifyAsync("docker-compose.yml", """
        services:
          proxy:
            image: nginx
            ports:
              - "{|PORT003:80|}:8080"
              - "127.0.0.1:444:8443"
              - target: 8443
                published: "{|PORT003:443|}"
        """);

    /// <summary>The comment lines of a real compose file (SteeltoeOSS/Steeltoe's), at the first column between keys too.</summary>
    [Fact]
    public Task ComposeWithCommentLines_Reports() => ConfigFiles.VerifyAsync("docker-compose.yml", """
        # Starts the servers the integration tests need.
        #
        # Usage:
        #   docker compose up -d

        services:
        # the reverse proxy
          proxy:
            image: nginx
            ports:
        #     - "8443:8443"
              - "{|PORT003:80|}:8080"
        """);

    /// <summary>
    /// Every way a compose file publishes a port, as Docker reads it: a container port alone or a range of them is
    /// published on a random host port; loopback and IPv6 loopback addresses stay on the machine; a variable's default,
    /// an IPv6 any-address and a host range are read.
    /// </summary>
    [Fact]
    public Task ComposePortSyntaxes_AreEachReadAsDockerReadsThem() => ConfigFiles.VerifyAsync("docker-compose.yml", """
        services:
          web:
            image: nginx
            ports:
              - 8080
              - "3000-3005"
              - "9090-9091:8080-8081"
              - "127.0.0.1:8001:8001"
              - "[::1]:6001:6001"
              - "6060:6060/udp"
              - {|PORT003:"${WEB_PORT:-80}:8080"|}
              - "{|PORT001:49200|}:80"
              - "0.0.0.0:{|PORT003:443|}:8443"
              - "[::]:{|PORT003:25|}:25"
              - 5000:5000
              - target: 80
                published: "8000-8002"
              - "127.0.0.1::80"
              - "{|PORT001:50000-50010|}:50000-50010"
            expose:
              - "80"
        """);

    [Fact]
    public Task ComposeLongSyntaxWithLoopbackHostIp_DoesNotReport() => ConfigFiles.VerifyAsync("compose.yaml", """
        services:
          proxy:
            image: nginx
            ports:
              - target: 80
                published: "80"
                host_ip: 127.0.0.1
        """);

    [Fact]
    public Task ComposeEnvironmentOnPort80_Reports() => ConfigFiles.VerifyAsync("compose.yaml", """
        services:
          web:
            image: contoso/web
            environment:
              ASPNETCORE_URLS: "http://0.0.0.0:{|PORT003:80|}"
        """);
}
