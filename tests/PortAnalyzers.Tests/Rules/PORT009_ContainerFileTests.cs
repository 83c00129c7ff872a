using System.Threading.Tasks;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

/// <summary>PORT009 in container files: one host port published twice, one port listed twice.</summary>
public class PORT009_ContainerFileTests
{
    [Fact]
    public Task TwoServicesPublishTheSameHostPort_Reports() => ConfigFiles.VerifyAsync(
        "docker-compose.yml",
        """
        services:
          api:
            image: contoso/api
            ports: ["{|#1:8080|}:8080"]
          admin:
            image: contoso/admin
            ports: ["127.0.0.1:{|#0:8080|}:8080"]
        """,
        expected: CSharpAnalyzerVerifier<ConfigFileAnalyzer>.Diagnostic("PORT009").WithLocation(0).WithLocation(1).WithArguments(8080L, "4"));

    [Fact]
    public Task DifferentHostAddresses_DoNotReport() => ConfigFiles.VerifyAsync("docker-compose.yml", """
        services:
          api:
            image: contoso/api
            ports: ["192.0.2.1:8080:8080"]
          admin:
            image: contoso/admin
            ports: ["192.0.2.2:8080:8080", "8081"]
          other:
            image: contoso/other
            ports: ["8081"]
        """);

    /// <summary>
    /// Services of different profiles are alternatives, started together only when both profiles are asked for; a
    /// service without profiles starts with every profile (bitwarden/server's RabbitMQ and Service Bus emulator, both
    /// on 5672).
    /// </summary>
    [Fact]
    public Task ServicesOfDifferentProfiles_DoNotReport_WithAServiceOfEveryProfile_Report() => ConfigFiles.VerifyAsync("docker-compose.yml", """
        services:
          rabbitmq:
            image: rabbitmq
            ports: ["5672:5672"]
            profiles: [rabbitmq]
          service-bus:
            image: servicebus-emulator
            ports: ["5672:5672", "5300:5300"]
            profiles:
              - servicebus
          api:
            image: contoso/api
            ports: ["{|PORT009:5300|}:5300"]
          web:
            image: contoso/web
            ports: ["{|PORT009:5300|}:5300", "{|PORT004:70000|}:80"]
          admin:
            image: contoso/admin
            ports: ["5400:5400"]
            profiles: [tools, servicebus, tools]
          tools:
            image: contoso/tools
            ports: ["{|PORT009:5400|}:5400"]
            profiles: ["tools"]
        """);

    [Fact]
    public Task TcpAndUdpOnTheSamePort_DoNotReport() => ConfigFiles.VerifyAsync("docker-compose.yml", """
        services:
          log:
            image: logstash
            ports:
              - "5000:5000/tcp"
              - "5000:5000/udp"
              - target: 5001
                published: 5001
                protocol: udp
              - "5001:5001"
        """);

    [Fact]
    public Task HttpPortsWithTheSamePortTwice_Reports() => ConfigFiles.VerifyAsync("docker-compose.yml", """
        services:
          web:
            image: contoso/web
            environment:
              - ASPNETCORE_HTTP_PORTS=8080;{|PORT009:8080|}
        """);

    [Fact]
    public Task DockerfileHttpAndHttpsOnOnePort_Reports() => ConfigFiles.VerifyAsync("Dockerfile", """
        FROM mcr.microsoft.com/dotnet/aspnet:8.0
        ENV ASPNETCORE_HTTP_PORTS=8080 ASPNETCORE_HTTPS_PORTS={|PORT009:8080|}
        """);
}
