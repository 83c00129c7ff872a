using System.Threading.Tasks;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

/// <summary>PORT007 for Dockerfiles and compose files that cannot be read, at the place and with the reason.</summary>
public class PORT007_ContainerFileTests
{
    [Fact]
    public Task UnknownDockerfileInstruction_Reports() => ConfigFiles.VerifyAsync("Dockerfile", """
        FROM mcr.microsoft.com/dotnet/aspnet:8.0
        {|PORT007:EXPOSED|} 8080
        """);

    [Fact]
    public Task InstructionBeforeFrom_Reports() => ConfigFiles.VerifyAsync("Dockerfile", """
        ARG VERSION=8.0
        {|PORT007:EXPOSE|} 8080
        FROM mcr.microsoft.com/dotnet/aspnet:$VERSION
        """);

    [Fact]
    public Task ExposeThatIsNoPort_Reports() => VerifyMessageAsync("Dockerfile", "FROM scratch\nEXPOSE http\n", (2, 8), "EXPOSE: 'http' is not a port, a range or a port/protocol");

    [Fact]
    public Task TabInComposeIndentation_Reports() => VerifyMessageAsync("docker-compose.yml", "services:\n\tweb:\n    image: x\n", (2, 1), "tabs are not allowed in indentation");

    [Fact]
    public Task UnclosedQuoteInCompose_Reports() => ConfigFiles.VerifyAsync("compose.yaml", """
        services:
          web:
            ports:
              - {|PORT007:"|}8080:80
        """);

    [Fact]
    public Task BadIndentationInCompose_Reports() => ConfigFiles.VerifyAsync("compose.yaml", """
        services:
          web:
            image: x
              {|PORT007:p|}orts: ["80"]
        """);

    [Fact]
    public Task UnknownAliasInCompose_Reports() => ConfigFiles.VerifyAsync("compose.yaml", """
        services:
          web: {|PORT007:*|}base
        """);

    [Fact]
    public Task ValidFilesWithEveryFeature_DoNotReport() => ConfigFiles.VerifyAsync("docker-compose.yml", """
        %YAML 1.2
        ---
        name: shop
        x-defaults: &defaults
          restart: unless-stopped
          labels: { team: "shop", tier: 'web' }
        services:
          web:
            <<: *defaults
            image: "contoso/web:1.0"
            command: >
              dotnet Web.dll
              --verbose
            healthcheck:
              test: ["CMD", "curl", "-f", "http://localhost:8080/health"]
            environment:
              - "ConnectionStrings__Db=Host=db;Port=5432"
            depends_on:
              - db
          db:
            image: postgres:16
            volumes:
              - data:/var/lib/postgresql/data
            deploy:
              resources: {limits: {memory: 512M}}
        volumes:
          data: {}
        ...
        """);

    [Fact]
    public Task DockerfileWithHereDocumentsContinuationsAndEscapeDirective_DoesNotReport() => ConfigFiles.VerifyAsync("Dockerfile", """
        # syntax=docker/dockerfile:1
        # escape=`
        FROM mcr.microsoft.com/dotnet/aspnet:8.0
        RUN <<EOF
        echo not an instruction
        ports are not read here
        EOF
        COPY <<-"CONFIG" /app/appsettings.json
        	{ "urls": "http://*:80" }
        	CONFIG
        RUN apt-get update && `
            # a comment inside a continuation
            apt-get install -y curl
        EXPOSE 8080
        """);

    private static Task VerifyMessageAsync(string name, string text, (int Line, int Column) at, string message)
        => ConfigFiles.VerifyAsync(
            name,
            text,
            expected: CSharpAnalyzerVerifier<ConfigFileAnalyzer>.Diagnostic("PORT007").WithSpan(ConfigFiles.At(name, text).Path, at.Line, at.Column, at.Line, at.Column + (name == "Dockerfile" ? 4 : 1)).WithArguments(name, message));
}
