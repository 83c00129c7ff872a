using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using PortAnalyzers.Rules;
using static PortAnalyzers.Tests.EndToEnd.ConsumerProjects;

namespace PortAnalyzers.Tests.EndToEnd;

/// <summary>
/// The package as users consume it: packed once into a local feed, then restored by fresh console and ASP.NET Core
/// projects that are built, configured and fixed with the dotnet CLI. Run alone with
/// <c>dotnet test tests/PortAnalyzers.Tests --filter Category=EndToEnd</c>.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(PackedPackageCollection.Name)]
public sealed class PackageTests
{
    private const string ErrorLogArgument = "-p:ErrorLog=out.sarif%2Cversion=2.1";

    private readonly PackedPackage package;

    public PackageTests(PackedPackage package) => this.package = package;

    private ConsumerWorkspace Consumers => package.Consumers;

    /// <summary>The console project with appsettings.json, built once with a SARIF log and shared by several tests.</summary>
    private BuildResult ConsoleBuild => Consumers.Shared("console", () => Consumers
        .Create("console", ConsoleApp(package.Version).With("appsettings.json", AppSettings))
        .Build(ErrorLogArgument));

    private BuildResult WebBuild => Consumers.Shared("web", () => Consumers.Create("web", WebApp(package.Version)).Build());

    [Fact]
    public void Nupkg_HoldsExactlyTheAnalyzersThePropsAndTheReadme()
    {
        Assert.Equal(PackedPackage.Id + "." + package.Version + ".nupkg", Path.GetFileName(package.NupkgPath));

        // Leave out the parts every .nupkg has as a zip package (Open Packaging Conventions), not chosen by us.
        var files = package.Entries
            .Where(e => e != "[Content_Types].xml" && e != "_rels/.rels" && !e.StartsWith("package/services/metadata/", StringComparison.Ordinal))
            .OrderBy(e => e, StringComparer.Ordinal);

        Assert.Equal(
            new[]
            {
                "PortAnalyzers.nuspec",
                "README.md",
                "analyzers/dotnet/cs/PortAnalyzers.CodeFixes.dll",
                "analyzers/dotnet/cs/PortAnalyzers.dll",
                "buildTransitive/PortAnalyzers.props",
            },
            files);
    }

    [Fact]
    public void Nuspec_DescribesADevelopmentDependencyWithoutDependencies()
    {
        var metadata = package.Nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal(PackedPackage.Id, Value("id"));
        Assert.Equal(package.Version, Value("version"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        var license = metadata.Elements().Single(e => e.Name.LocalName == "license");
        Assert.Equal("expression", license.Attribute("type")?.Value);
        Assert.Equal("MIT", license.Value);
        Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName is "dependencies" or "frameworkAssemblies" or "references");
    }

    [Fact]
    public void AnalyzerAssemblies_ReferenceOnlyWhatTheCompilerShips()
    {
        var roslyn = new Version(package.RoslynMinimumVersion + ".0");
        var compilerShips = new[] { "netstandard", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "System.Collections.Immutable", "System.Reflection.Metadata" };
        // The code fixes run in hosts with Workspaces (the IDE, dotnet format), which also provide MEF's attributes.
        var workspacesShip = compilerShips.Concat(new[]
        {
            "Microsoft.CodeAnalysis.Workspaces", "Microsoft.CodeAnalysis.CSharp.Workspaces", "System.Composition.AttributedModel", "PortAnalyzers",
        });
        var allowed = new Dictionary<string, IEnumerable<string>>
        {
            ["PortAnalyzers.dll"] = compilerShips,
            ["PortAnalyzers.CodeFixes.dll"] = workspacesShip,
        };

        Assert.Equal(allowed.Keys.OrderBy(k => k), package.AnalyzerAssemblies.Keys.OrderBy(k => k));
        foreach (var (file, bytes) in package.AnalyzerAssemblies)
        {
            foreach (var reference in References(bytes))
            {
                Assert.True(allowed[file].Contains(reference.Name), $"{file} references {reference.Name} {reference.Version}, which a compiler host may not provide");
                if (reference.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                {
                    Assert.True(reference.Version <= roslyn, $"{file} needs {reference.Name} {reference.Version}, newer than the supported minimum {roslyn}");
                }
            }
        }
    }

    [Fact]
    public void PackedAssemblies_DefineTheTypesOfTheAssembliesUnderTest()
    {
        // The package must carry the assemblies this suite tested, not stale builds of them.
        var underTest = new[] { typeof(PortUsageAnalyzer).Assembly, Assembly.Load(new AssemblyName("PortAnalyzers.CodeFixes")) };
        foreach (var assembly in underTest)
        {
            var packed = package.AnalyzerAssemblies[Path.GetFileName(assembly.Location)];
            Assert.Equal(TypeNames(File.ReadAllBytes(assembly.Location)), TypeNames(packed));
        }
    }

    [Fact]
    public void ConsoleBuild_ReportsPort001InProgramCsAtTheListenerLines()
    {
        var build = ConsoleBuild.EnsureSuccess();

        Assert.Equal(
            new[] { LineOf(ConsoleProgram, "50000"), LineOf(ConsoleProgram, "50001") },
            build.LinesOf(DiagnosticIds.ListenerInDynamicRange, "Program.cs"));
        Assert.All(build.Port, d => Assert.Equal("warning", d.Severity));
    }

    [Fact]
    public void ConsoleBuild_ReportsPort001InAppSettingsAtTheUrlLine()
    {
        var build = ConsoleBuild.EnsureSuccess();

        Assert.Equal(new[] { LineOf(AppSettings, "50100") }, build.LinesOf(DiagnosticIds.ListenerInDynamicRange, "appsettings.json"));
    }

    [Fact]
    public void AspNetCoreBuild_ReportsPort001InProgramCsAtTheKestrelAndUrlLines()
    {
        var build = WebBuild.EnsureSuccess();

        Assert.Equal(
            new[] { LineOf(WebProgram, "50200"), LineOf(WebProgram, "50201") },
            build.LinesOf(DiagnosticIds.ListenerInDynamicRange, "Program.cs"));
    }

    [Fact]
    public void AspNetCoreBuild_ReportsPort001InAppSettingsAtTheUrlLine()
    {
        var build = WebBuild.EnsureSuccess();

        Assert.Equal(new[] { LineOf(AppSettings, "50100") }, build.LinesOf(DiagnosticIds.ListenerInDynamicRange, "appsettings.json"));
    }

    [Fact]
    public void WarnAsError_FailsTheBuildOnPort001()
    {
        var build = Consumers.Create("warnaserror", ConsoleApp(package.Version)).Build("-warnaserror");

        Assert.False(build.Succeeded, build.ToString());
        Assert.Contains(build.Port, d => d.Id == DiagnosticIds.ListenerInDynamicRange && d.Severity == "error");
    }

    [Fact]
    public void EditorConfigSeverityNone_SilencesPort001()
    {
        var files = ConsoleApp(package.Version).With(".editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.PORT001.severity = none
            """);

        var build = Consumers.Create("severity", files).Build().EnsureSuccess();

        Assert.DoesNotContain(build.Diagnostics, d => d.Id == DiagnosticIds.ListenerInDynamicRange);
    }

    [Fact]
    public void EditorConfigAllowedPorts_SilencesOnlyThatPort()
    {
        var files = ConsoleApp(package.Version).With(".editorconfig", """
            root = true

            [*.cs]
            port_analyzers.allowed_ports = 50000
            """);

        var build = Consumers.Create("allowed", files).Build().EnsureSuccess();

        Assert.Equal(new[] { LineOf(ConsoleProgram, "50001") }, build.LinesOf(DiagnosticIds.ListenerInDynamicRange, "Program.cs"));
    }

    [Fact]
    public void MsBuildPropertyDynamicPortRangeLinux_ReportsPort40000()
    {
        var build = Consumers.Create("linux", ConsoleApp(package.Version)).Build("-p:PortAnalyzersDynamicPortRange=linux").EnsureSuccess();

        Assert.Equal(
            new[] { LineOf(ConsoleProgram, "50000"), LineOf(ConsoleProgram, "50001"), LineOf(ConsoleProgram, "40000") }.OrderBy(l => l),
            build.LinesOf(DiagnosticIds.ListenerInDynamicRange, "Program.cs"));
    }

    [Fact]
    public void ErrorLog_WritesSarifWithThePortRulesTheirHelpUrisAndLocations()
    {
        var build = ConsoleBuild.EnsureSuccess();
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(build.Process.WorkingDirectory, "out.sarif")));

        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs").EnumerateArray().Single();
        var helpUris = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Where(r => r.GetProperty("id").GetString()!.StartsWith("PORT", StringComparison.Ordinal))
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("helpUri").GetString());
        Assert.Equal(
            CatalogDescriptors().OrderBy(d => d.Id).Select(d => KeyValuePair.Create(d.Id, (string?)d.HelpLinkUri)),
            helpUris.OrderBy(p => p.Key));

        var port001 = run.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString() == DiagnosticIds.ListenerInDynamicRange)
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation"))
            .Where(l => l.GetProperty("artifactLocation").GetProperty("uri").GetString()!.EndsWith("/Program.cs", StringComparison.Ordinal))
            .Select(l => l.GetProperty("region").GetProperty("startLine").GetInt32())
            .OrderBy(l => l);
        Assert.Equal(new[] { LineOf(ConsoleProgram, "50000"), LineOf(ConsoleProgram, "50001") }, port001);
    }

    private static IEnumerable<DiagnosticDescriptor> CatalogDescriptors()
        => typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);

    private static IEnumerable<AssemblyName> References(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences.Select(h => reader.GetAssemblyReference(h).GetAssemblyName()).ToList();
    }

    private static IEnumerable<string> TypeNames(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        var reader = pe.GetMetadataReader();
        return reader.TypeDefinitions
            .Select(h => reader.GetTypeDefinition(h))
            .Select(t => reader.GetString(t.Namespace) + "." + reader.GetString(t.Name))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
    }
}
