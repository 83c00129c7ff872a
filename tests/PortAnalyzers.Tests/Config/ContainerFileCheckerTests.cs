using System.Threading;
using PortAnalyzers.Config;
using PortAnalyzers.Config.Containers;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Tests.Config;

/// <summary>What a container file's check reads of its project: only what it needs to judge.</summary>
public class ContainerFileCheckerTests
{
    private const string AppSettings = """{ "Kestrel": { "Endpoints": { "Http": { "Url": "http://*:5000" } } } }""";

    /// <summary>
    /// The project's settings and code are what PORT012 judges an exposed port against: a Dockerfile that exposes
    /// none has nothing to judge, and a project's settings files and code are many (every file of a solution, in a
    /// benchmark of a whole repository), so they stay unread. The code is searched last, only for a port the
    /// settings do not listen on: most exposed ports are ones they do.
    /// </summary>
    [Theory]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENV ASPNETCORE_HTTP_PORTS=8080\n", 0, false)]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:8.0\nEXPOSE 5000\n", 1, false)]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:8.0\nEXPOSE 80\n", 1, true)]
    public void ProjectSettings_AreReadOnlyForAnExposedPort(string dockerfileText, int expectedReads, bool expectsCodeSearched)
    {
        var reads = 0;
        var codeSearched = false;
        var files = new[] { new ProjectFile("/app/appsettings.json", () => { reads++; return AppSettings; }) };
        var project = new ContainerProject(files, "/app", SdkContainer.Read(_ => null), () => codeSearched = true, new JsonDocuments(), CancellationToken.None);
        var dockerfile = DockerfileReader.Read(dockerfileText, CancellationToken.None).File!;

        ContainerFileChecker.CheckDockerfile(new ParsedDockerfile(dockerfile, "Dockerfile", _ => 1), project, PortPolicy.Default);

        Assert.Equal(expectedReads, reads);
        Assert.Equal(expectsCodeSearched, codeSearched);
    }
}
