using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace PortAnalyzers.Tests.EndToEnd;

/// <summary>
/// buildTransitive/PortAnalyzers.props in a real build: a consumer project imports it and references the analyzer
/// project as an analyzer, and <c>dotnet build</c> must print the config findings at their file, line and column.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed partial class ConfigFilesPropsTests : IDisposable
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(2);

    private static readonly Regex DiagnosticLine = new(
        @"^[ \t]*(?<path>[^\s(][^(\r\n]*?)\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\): warning (?<id>PORT\d+):",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private const string AppSettings = """
        {
          // The app listens here.
          "urls": "http://localhost:50000",
        }
        """;

    private const string DevelopmentSettings = """
        { "Kestrel": { "Endpoints": { "Http": { "Url": "http://localhost:50002" } } } }
        """;

    private const string LaunchSettings = """
        {
          "profiles": {
            "App": { "commandName": "Project", "applicationUrl": "http://localhost:50001" }
          }
        }
        """;

    /// <summary>A disabled source, so restore never contacts it; in the parent folder, in NuGet's third casing.</summary>
    private const string NuGetConfig = """
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="local-cache" value="http://localhost:50080/v3/index.json" />
          </packageSources>
          <disabledPackageSources>
            <add key="local-cache" value="true" />
          </disabledPackageSources>
        </configuration>
        """;

    private readonly string root = Path.Combine(Path.GetTempPath(), "PortAnalyzers.ConfigProps", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the test's result is what counts.
        }
    }

    [Fact]
    public void Build_ReportsConfigFindingsAtLineAndColumn_AndTheOptOutReadsNothing()
    {
        var app = Path.Combine(root, "App");
        Write("Directory.Build.props", "<Project />");
        Write("Directory.Build.targets", "<Project />");
        Write("Directory.Packages.props", "<Project />");
        Write("NuGet.Config", NuGetConfig);
        Write("App/App.csproj", Project(checkConfigFiles: null));
        Write("App/Library.cs", "public static class Library { }\n");
        Write("App/appsettings.json", AppSettings);
        Write("App/appsettings.Development.json", DevelopmentSettings);
        Write("App/Properties/launchSettings.json", LaunchSettings);
        Write("App/notes.json", "{ \"urls\": \"http://localhost:50003\" }");

        var findings = Build(app, "--nologo");

        Assert.Equal(
            new[]
            {
                ("PORT001", Path.Combine(app, "Properties", "launchSettings.json"), At(LaunchSettings, "50001")),
                ("PORT001", Path.Combine(app, "appsettings.Development.json"), At(DevelopmentSettings, "50002")),
                ("PORT001", Path.Combine(app, "appsettings.json"), At(AppSettings, "50000")),
                ("PORT005", Path.Combine(root, "NuGet.Config"), At(NuGetConfig, "50080")),
            },
            findings);

        Write("App/App.csproj", Project(checkConfigFiles: "false"));
        Assert.Empty(Build(app, "--no-restore"));
    }

    [Fact]
    public void Build_ReportsContainerFindings_FromTheDockerfileTheNearestComposeFileAndTheContainerItems()
    {
        const string dockerfile = "FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS base\nEXPOSE 8080\nEXPOSE 80\n";
        const string compose = """
            services:
              app:
                build: ./App
                ports: ["5000:80", "5001:8080"]
              other:
                build: ./Other
                ports: ["5002:80"]
            """;
        const string items = """
            <ContainerPort Include="5001" />
            <ContainerPort Include="8080" />
            <ContainerEnvironmentVariable Include="ASPNETCORE_URLS" Value="http://+:5000;http://+:5001" />
            """;
        var app = Path.Combine(root, "App");
        Write("Directory.Build.props", "<Project />");
        Write("Directory.Build.targets", "<Project />");
        Write("Directory.Packages.props", "<Project />");
        Write("compose.yaml", compose);
        Write("App/App.csproj", Project(checkConfigFiles: null, items));
        Write("App/Library.cs", "public static class Library { }\n");
        Write("App/Dockerfile", dockerfile);
        Write("App/appsettings.json", "{}");
        Write("App/notes.json", "{}");

        var findings = Build(app, "--nologo");

        var projectFile = File.ReadAllText(Path.Combine(app, "App.csproj"));
        Assert.Equal(
            new[]
            {
                ("PORT012", Path.Combine(app, "App.csproj"), At(projectFile, "8080\"")),
                ("PORT012", Path.Combine(app, "Dockerfile"), (3, 8)),
                ("PORT012", Path.Combine(root, "compose.yaml"), At(compose, "80\", \"5001")),
            },
            findings);

        Write("App/App.csproj", Project(checkConfigFiles: "false", items));
        Assert.Empty(Build(app, "--no-restore"));
    }

    private static string Project(string? checkConfigFiles, string items = "", string properties = "")
    {
        var repository = PackedPackage.FindRepositoryRoot();
        var props = Path.Combine(repository, "src", "PortAnalyzers.Package", "buildTransitive", "PortAnalyzers.props");
        var analyzer = Path.Combine(repository, "src", "PortAnalyzers", "PortAnalyzers.csproj");
        var optOut = checkConfigFiles is null ? string.Empty : $"<PortAnalyzersCheckConfigFiles>{checkConfigFiles}</PortAnalyzersCheckConfigFiles>";
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{props}" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                {optOut}
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{analyzer}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <!-- Added by hand as well: it must be read once. notes.json is not a config file name: never read. -->
                <AdditionalFiles Include="appsettings.json" />
                <AdditionalFiles Include="notes.json" />
                {items}
              </ItemGroup>
            </Project>
            """;
    }

    /// <summary>Each PORT warning the build printed (its summary repeats them), checked against the warning count it prints.</summary>
    private static List<(string Id, string Path, (int Line, int Column) Position)> Build(string directory, string restoreOption, string? target = null)
    {
        var arguments = new List<string> { "build" };
        if (target is not null)
        {
            arguments.Add(target);
        }

        arguments.AddRange(new[] { restoreOption, "-v", "q", "-nr:false" });
        var result = DotNet.Run(directory, BuildTimeout, environment: null, arguments.ToArray());
        Assert.True(result.ExitCode == 0, result.Describe());
        var findings = DiagnosticLine.Matches(result.Output)
            .Select(m => (
                m.Groups["id"].Value,
                m.Groups["path"].Value.Trim(),
                (int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture))))
            .OrderBy(d => d.Item2, StringComparer.Ordinal)
            .ThenBy(d => d.Item1, StringComparer.Ordinal)
            .Distinct()
            .ToList();

        // A file added twice would be read twice: every warning would count double.
        Assert.True(result.Output.Contains($" {findings.Count} Warning(s)", StringComparison.Ordinal), string.Join("\n", findings) + "\n" + result.Describe());
        return findings;
    }

    /// <summary>The 1-based line and column of <paramref name="needle"/> in <paramref name="text"/>, as MSBuild prints them.</summary>
    private static (int Line, int Column) At(string text, string needle)
    {
        var offset = text.IndexOf(needle, StringComparison.Ordinal);
        var before = text.Substring(0, offset).Replace("\r\n", "\n", StringComparison.Ordinal);
        return (before.Count(c => c == '\n') + 1, before.Length - before.LastIndexOf('\n'));
    }

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
