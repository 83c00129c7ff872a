using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace PortAnalyzers.Tests.EndToEnd;

/// <summary>
/// The package exactly as users get it: packed once per test run from this repository into a temporary feed, in
/// an isolated build (its own artifacts folder), plus a workspace where consumer projects restore it from that feed.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public const string Id = "PortAnalyzers";

    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(4);

    public PackedPackage()
    {
        RepositoryRoot = FindRepositoryRoot();
        Version = PropertyOf(Path.Combine(RepositoryRoot, "Directory.Build.props"), "Version");
        RoslynMinimumVersion = PropertyOf(Path.Combine(RepositoryRoot, "Directory.Packages.props"), "RoslynMinimumVersion");
        Root = Path.Combine(Path.GetTempPath(), "PortAnalyzers.EndToEnd", Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);

        DotNet.Run(
                RepositoryRoot,
                PackTimeout,
                environment: null,
                "pack",
                Path.Combine("src", "PortAnalyzers.Package", "PortAnalyzers.Package.csproj"),
                "-c", "Release",
                "-o", Feed,
                "--artifacts-path", Path.Combine(Root, "artifacts"),
                "--nologo", "-v", "q", "-nr:false")
            .EnsureSuccess();

        var packages = Directory.GetFiles(Feed, "*.nupkg");
        NupkgPath = Assert.Single(packages);
        using var archive = ZipFile.OpenRead(NupkgPath);
        Entries = archive.Entries.Select(e => e.FullName).ToImmutableArray();
        Nuspec = XDocument.Load(archive.GetEntry(Id + ".nuspec")!.Open());
        AnalyzerAssemblies = archive.Entries
            .Where(e => e.FullName.StartsWith("analyzers/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal))
            .ToImmutableDictionary(e => e.Name, ReadAll);

        Consumers = new ConsumerWorkspace(Path.Combine(Root, "consumers"), Feed, Id);
    }

    public string RepositoryRoot { get; }

    /// <summary>The version in Directory.Build.props, the one place it is set.</summary>
    public string Version { get; }

    public string RoslynMinimumVersion { get; }

    /// <summary>The temporary folder holding the feed, the isolated build and the consumers; deleted at the end.</summary>
    public string Root { get; }

    /// <summary>A folder feed holding only the freshly packed package.</summary>
    public string Feed { get; }

    public string NupkgPath { get; }

    public ImmutableArray<string> Entries { get; }

    public XDocument Nuspec { get; }

    /// <summary>The bytes of each analyzers/**/*.dll in the package, by file name.</summary>
    public ImmutableDictionary<string, byte[]> AnalyzerAssemblies { get; }

    public ConsumerWorkspace Consumers { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temporary folder must not fail the run.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    internal static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PortAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("PortAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }

    private static string PropertyOf(string project, string name)
        => XDocument.Load(project).Descendants(name).Select(e => e.Value.Trim()).First();
}

/// <summary>
/// A folder for consumer projects: a NuGet.config whose sources are the fresh feed (the only source allowed to
/// provide PortAnalyzers) and nuget.org, and a packages folder of its own, so no cached copy of the package is used.
/// </summary>
public sealed class ConsumerWorkspace
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(3);

    private readonly object gate = new();
    private readonly ConcurrentDictionary<string, Lazy<object>> shared = new();
    private int count;

    public ConsumerWorkspace(string root, string feed, string packageId)
    {
        Root = root;
        PackagesFolder = Path.Combine(root, "packages");
        Directory.CreateDirectory(PackagesFolder);
        File.WriteAllText(Path.Combine(root, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{PackagesFolder}" />
              </config>
              <packageSources>
                <clear />
                <add key="fresh" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="fresh">
                  <package pattern="{packageId}" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);

        // Empty files here stop MSBuild from importing any Directory.Build.* or Directory.Packages.props found
        // further up the temporary folder: the consumers must see only the SDK and the package.
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(root, name), "<Project />\n");
        }

        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesFolder };
    }

    public string Root { get; }

    public string PackagesFolder { get; }

    /// <summary>NUGET_PACKAGES outranks NuGet.config, so it is set too: a CI variable must not point at a shared cache.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Writes a new project folder holding <paramref name="files"/> (relative path to content).</summary>
    public Consumer Create(string name, IReadOnlyDictionary<string, string> files)
    {
        string directory;
        lock (gate)
        {
            directory = Path.Combine(Root, $"{name}{++count}");
        }

        Directory.CreateDirectory(directory);
        foreach (var file in files)
        {
            var path = Path.Combine(directory, file.Key);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Value);
        }

        return new Consumer(directory, this);
    }

    /// <summary>Runs <paramref name="create"/> once per workspace; later calls with the same key get its result.</summary>
    internal T Shared<T>(string key, Func<T> create)
        where T : class
        => (T)shared.GetOrAdd(key, _ => new Lazy<object>(create)).Value;

    internal ProcessResult Run(string directory, params string[] arguments)
        => DotNet.Run(directory, BuildTimeout, Environment, arguments);
}

/// <summary>The end-to-end classes share one packed package: packing takes longer than most of their tests.</summary>
[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "Packed package";
}
