using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PortAnalyzers.Tests.EndToEnd;

/// <summary>PORT013 in real builds: the props find the solution and hand each project the other projects' files.</summary>
public sealed partial class ConfigFilesPropsTests
{
    private const string SharedPortLaunchSettings = """
        {
          "profiles": {
            "http": { "commandName": "Project", "applicationUrl": "http://localhost:5000" }
          }
        }
        """;

    [Theory]
    [InlineData("Services.sln")]
    [InlineData("Services.slnx")]
    public void SolutionBuild_ReportsPort013InEachProject_NamingTheOther(string solution)
    {
        WriteServices(SharedPortLaunchSettings, SharedPortLaunchSettings);
        CreateSolution(solution);

        var findings = Build(root, "--nologo", solution);

        Assert.Equal(
            new[]
            {
                ("PORT013", Path.Combine(root, "Api", "Properties", "launchSettings.json"), At(SharedPortLaunchSettings, "5000")),
                ("PORT013", Path.Combine(root, "App", "Properties", "launchSettings.json"), At(SharedPortLaunchSettings, "5000")),
            },
            findings);
    }

    [Fact]
    public void ProjectBuiltAloneInTheSolutionFolder_FindsTheSolution_AndTheOptOutIsSilent()
    {
        WriteServices(SharedPortLaunchSettings, SharedPortLaunchSettings);
        CreateSolution("Services.slnx");
        var app = Path.Combine(root, "App");

        Assert.Equal(
            new[] { ("PORT013", Path.Combine(app, "Properties", "launchSettings.json"), At(SharedPortLaunchSettings, "5000")) },
            Build(app, "--nologo"));

        Write("App/App.csproj", Project(checkConfigFiles: null, properties: "<PortAnalyzersCheckOtherProjects>false</PortAnalyzersCheckOtherProjects>"));
        Assert.Empty(Build(app, "--no-restore"));
    }

    [Fact]
    public void DifferentPorts_ShowNothing()
    {
        WriteServices(SharedPortLaunchSettings, SharedPortLaunchSettings.Replace("5000", "5001", System.StringComparison.Ordinal));
        CreateSolution("Services.sln");

        Assert.Empty(Build(root, "--nologo", "Services.sln"));
    }

    [Fact]
    public void AppHostReferencingBoth_SeesTheConflict()
    {
        // No solution file: the services alone see nothing; the AppHost binds both services' ports itself.
        WriteServices(SharedPortLaunchSettings, SharedPortLaunchSettings);
        WriteAppHost();

        Assert.Equal(
            new[]
            {
                ("PORT013", Path.Combine(root, "Api", "Properties", "launchSettings.json"), At(SharedPortLaunchSettings, "5000")),
                ("PORT013", Path.Combine(root, "App", "Properties", "launchSettings.json"), At(SharedPortLaunchSettings, "5000")),
            },
            Build(Path.Combine(root, "AppHost"), "--nologo"));
    }

    [Fact]
    public void AppHostInTheSolutionWithBoth_ReportsEachConflictOnce()
    {
        // The services' own builds report their side; the AppHost's build does not report it in their files again
        // (Build checks the warning count, so a second copy of a warning fails).
        WriteServices(SharedPortLaunchSettings, SharedPortLaunchSettings);
        WriteAppHost();
        CreateSolution("Services.sln", Path.Combine("AppHost", "AppHost.csproj"));

        Assert.Equal(
            new[]
            {
                ("PORT013", Path.Combine(root, "Api", "Properties", "launchSettings.json"), At(SharedPortLaunchSettings, "5000")),
                ("PORT013", Path.Combine(root, "App", "Properties", "launchSettings.json"), At(SharedPortLaunchSettings, "5000")),
            },
            Build(root, "--nologo", "Services.sln"));
    }

    [Fact]
    public void ProjectWithoutSettingsOfItsOwn_GetsNoFilesOfOtherProjects()
    {
        // A library has no port to compare: the other projects' files would only make it compile again when they change.
        WriteServices(SharedPortLaunchSettings, SharedPortLaunchSettings);
        Write("Library/Library.csproj", Project(checkConfigFiles: null));
        Write("Library/Library.cs", "public static class Library { }\n");
        CreateSolution("Services.slnx", Path.Combine("Library", "Library.csproj"));

        Assert.Empty(OtherProjectFilesOf("Library"));
        Assert.Equal(
            new[] { ("Api", Path.Combine(root, "Api", "Properties", "launchSettings.json")), ("Api", Path.Combine(root, "Api", "appsettings.json")) },
            OtherProjectFilesOf("App"));
    }

    /// <summary>The files of other projects the props hand <paramref name="project"/>, with the project each belongs to.</summary>
    private List<(string Project, string Path)> OtherProjectFilesOf(string project)
    {
        // The target that writes the compiler's editorconfig runs the props' targets first; no compilation.
        var result = DotNet.Run(
            Path.Combine(root, project),
            BuildTimeout,
            environment: null,
            "msbuild", "-restore", "-nologo", "-nr:false", "-t:GenerateMSBuildEditorConfigFileShouldRun", "-getItem:AdditionalFiles");
        Assert.True(result.ExitCode == 0, result.Describe());
        var files = new List<(string, string)>();
        foreach (var item in JsonDocument.Parse(result.Output.Substring(result.Output.IndexOf('{', StringComparison.Ordinal))).RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray())
        {
            if (item.TryGetProperty("PortAnalyzersProject", out var owner) && owner.GetString() is { Length: > 0 } name)
            {
                files.Add((name, item.GetProperty("FullPath").GetString()!));
            }
        }

        return files;
    }

    /// <summary>A solution of App, Api and <paramref name="projects"/>, made by the SDK's own commands in the format its extension names.</summary>
    private void CreateSolution(string solution, params string[] projects)
    {
        var format = Path.GetExtension(solution).TrimStart('.');
        foreach (var arguments in new[]
        {
            new[] { "new", "sln", "-n", Path.GetFileNameWithoutExtension(solution), "--format", format },
            new[] { "sln", solution, "add", Path.Combine("App", "App.csproj"), Path.Combine("Api", "Api.csproj") }.Concat(projects).ToArray(),
        })
        {
            var result = DotNet.Run(root, BuildTimeout, environment: null, arguments);
            Assert.True(result.ExitCode == 0, result.Describe());
        }
    }

    /// <summary>An Aspire AppHost (without the Aspire SDK) that references App and Api.</summary>
    private void WriteAppHost()
    {
        Write("AppHost/AppHost.csproj", Project(
            checkConfigFiles: null,
            items: """<ProjectReference Include="../App/App.csproj" /><ProjectReference Include="../Api/Api.csproj" />""",
            properties: "<IsAspireHost>true</IsAspireHost><AspireHostingSDKVersion>13.6.4</AspireHostingSDKVersion>"));
        Write("AppHost/Library.cs", "public static class Host { }\n");
        Write("AppHost/appsettings.json", "{}");
        Write("AppHost/notes.json", "{}");
    }

    private void WriteServices(string appLaunchSettings, string apiLaunchSettings)
    {
        Write("Directory.Build.props", "<Project />");
        Write("Directory.Build.targets", "<Project />");
        Write("Directory.Packages.props", "<Project />");
        foreach (var (name, launchSettings) in new[] { ("App", appLaunchSettings), ("Api", apiLaunchSettings) })
        {
            Write($"{name}/{name}.csproj", Project(checkConfigFiles: null));
            Write($"{name}/Library.cs", $"public static class {name}Library {{ }}\n");
            Write($"{name}/appsettings.json", "{}");
            Write($"{name}/notes.json", "{}");
            Write($"{name}/Properties/launchSettings.json", launchSettings);
        }
    }
}
