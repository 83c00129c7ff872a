using System.Threading.Tasks;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

/// <summary>PORT001 in container files: host ports and app ports in the dynamic range.</summary>
public class PORT001_ContainerFileTests
{
    [Fact]
    public Task ComposeHostPortInTheDynamicRange_Reports() => ConfigFiles.VerifyAsync("docker-compose.yml", """
        # a comment
        services:
          db:
            image: postgres:16   # the database
            ports:
              - "127.0.0.1:{|PORT001:54320|}:5432"
              - "5433:5432"
              - "60000"
        """);

    [Fact]
    public Task ComposeVariableWithDefault_IsResolved() => ConfigFiles.VerifyAsync("docker-compose.yml", """
        services:
          db:
            image: postgres:16
            ports:
              - "${DB_PORT:-50432}:5432"
              - "${OTHER_PORT}:5432"
        """,
        expected: CSharpAnalyzerVerifier<PortAnalyzers.Rules.ConfigFileAnalyzer>.Diagnostic("PORT001").WithSpan("/0/docker-compose.yml", 5, 9, 5, 33).WithArguments(50432L, "49152-65535"));

    [Fact]
    public Task DockerfileHttpPortsInTheDynamicRange_Reports() => ConfigFiles.VerifyAsync("Dockerfile", """
        FROM mcr.microsoft.com/dotnet/aspnet:8.0
        ENV ASPNETCORE_HTTP_PORTS={|PORT001:50000|}
        EXPOSE 50000
        """);

    [Fact]
    public Task AnchorsAndMerges_AreFollowed() => ConfigFiles.VerifyAsync("docker-compose.yml", """
        x-web: &web
          image: contoso/web
          environment:
            ASPNETCORE_HTTP_PORTS: "{|PORT001:50001|}"
        services:
          a:
            <<: *web
          b:
            <<: *web
            environment:
              ASPNETCORE_HTTP_PORTS: "5000"
        """);
}
