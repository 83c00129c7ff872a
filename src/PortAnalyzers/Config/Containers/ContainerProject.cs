using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Config.Containers;

/// <summary>A file the build handed to the analyzers: its path, and its text when asked (null when it cannot be read).</summary>
internal readonly record struct ProjectFile(string Path, Func<string?> ReadText);

/// <summary>A Dockerfile read once, with what messages about it need: its path, its name and the line of an offset.</summary>
internal sealed record ParsedDockerfile(Dockerfile Model, string Path, Func<int, int> LineOf)
{
    public string Name => ProjectPaths.FileName(Path);
}

/// <summary>A compose file read once.</summary>
internal sealed record ParsedCompose(ComposeFile Model, string Path, Func<int, int> LineOf);

/// <summary>Whose app a compose service runs.</summary>
internal enum ServiceOwner
{
    /// <summary>It builds this project (its context is the project folder, or its Dockerfile is one of the project's).</summary>
    ThisProject,

    /// <summary>It runs an image and builds nothing: every project that sees the file checks its host ports.</summary>
    Image,

    /// <summary>It builds another project, which checks it.</summary>
    OtherProject,
}

/// <summary>
/// What one project's container files and settings say together, read lazily once per compilation: which
/// compose services build this project, its Dockerfiles, the Kestrel endpoints of its appsettings, the ports
/// of Visual Studio's container launch profiles, and the SDK's container settings.
/// </summary>
internal sealed class ContainerProject
{
    private readonly IReadOnlyList<ProjectFile> files;

    // The files by their normalized path, and the compose files by their folder's, each path normalized once per
    // compilation: each lookup used to normalize every file's path again, a cost that grew with the project's files.
    private readonly Lazy<ILookup<string, ProjectFile>> filesByPath;
    private readonly Lazy<ILookup<string, ProjectFile>> composeFilesByDirectory;
    private readonly JsonDocuments documents;
    private readonly CancellationToken cancellationToken;
    private readonly Lazy<AppSettingsListeners> appSettings;
    private readonly Lazy<ContainerProfiles> containerProfiles;
    private readonly Lazy<bool> codeChoosesEndpoints;
    private readonly ConcurrentDictionary<string, Lazy<object?>> parsed = new(StringComparer.OrdinalIgnoreCase);

    public ContainerProject(IReadOnlyList<ProjectFile> files, string? projectDirectory, SdkContainer sdk, Func<bool> codeChoosesEndpoints, JsonDocuments documents, CancellationToken cancellationToken)
    {
        this.codeChoosesEndpoints = new Lazy<bool>(codeChoosesEndpoints);
        this.files = files;
        filesByPath = new Lazy<ILookup<string, ProjectFile>>(() => files.ToLookup(file => ProjectPaths.Normalize(file.Path), StringComparer.OrdinalIgnoreCase));
        composeFilesByDirectory = new Lazy<ILookup<string, ProjectFile>>(() => files
            .Where(file => ConfigFileKinds.Of(file.Path) == ConfigFileKind.Compose)
            .OrderBy(file => ComposeOrder(file.Path))
            .ToLookup(file => ProjectPaths.DirectoryOf(file.Path), StringComparer.OrdinalIgnoreCase));
        this.documents = documents;
        this.cancellationToken = cancellationToken;
        ProjectDirectory = string.IsNullOrWhiteSpace(projectDirectory) ? null : ProjectPaths.Normalize(projectDirectory!);
        Sdk = sdk;
        appSettings = new Lazy<AppSettingsListeners>(ReadAppSettings);
        containerProfiles = new Lazy<ContainerProfiles>(() => ContainerProfiles.Read(files, documents, cancellationToken));
    }

    /// <summary>The project folder; null when the build does not say, and then every service that builds counts as this project's.</summary>
    public string? ProjectDirectory { get; }

    public SdkContainer Sdk { get; }

    public AppSettingsListeners AppSettings => appSettings.Value;

    /// <summary>The ports the app's settings make it listen on in its container, or null when a setting is unknown.</summary>
    public AppListeners? AppListenersFor(IReadOnlyDictionary<string, ListenSetting> environment, string? baseImage)
        => AppListeners.Resolve(AppSettings, environment, baseImage, containerProfiles.Value.PortsFor(baseImage));

    /// <summary>
    /// Whether the code may choose where the app listens, which then decides instead of the settings. A search of the
    /// whole code, made once and asked last: only for a port the settings do not listen on.
    /// </summary>
    public bool CodeChoosesEndpoints => codeChoosesEndpoints.Value;

    public ParsedDockerfile? Dockerfile(string path) => Parsed(path, ConfigFileKind.Dockerfile) as ParsedDockerfile;

    public ParsedCompose? Compose(string path) => Parsed(path, ConfigFileKind.Compose) as ParsedCompose;

    /// <summary>The compose files of the project in <paramref name="directory"/>, in the order compose merges them: the base files first.</summary>
    public IEnumerable<ParsedCompose> ComposeFilesIn(string directory)
    {
        foreach (var file in composeFilesByDirectory.Value[ProjectPaths.Normalize(directory)])
        {
            if (Compose(file.Path) is { } compose)
            {
                yield return compose;
            }
        }
    }

    /// <summary>Whose app the service <paramref name="serviceName"/> runs, by its build in any compose file of the folder (an override file names no build).</summary>
    public ServiceOwner OwnerOf(string serviceName, string composeDirectory)
    {
        var owner = ServiceOwner.Image;
        foreach (var compose in ComposeFilesIn(composeDirectory))
        {
            foreach (var service in compose.Model.Services)
            {
                if (service.Name == serviceName && service.BuildContext is { } context)
                {
                    var dockerfile = DockerfileOf(service, composeDirectory)!;
                    var own = ProjectDirectory is null
                        || ProjectPaths.Same(ProjectPaths.Combine(composeDirectory, context), ProjectDirectory) || IsProjectFile(dockerfile);
                    owner = own ? ServiceOwner.ThisProject : ServiceOwner.OtherProject;
                }
            }
        }

        return owner;
    }

    /// <summary>The compose services, by folder and name, that build the Dockerfile at <paramref name="dockerfilePath"/>.</summary>
    public IEnumerable<(string Directory, string Service)> ServicesBuilding(string dockerfilePath)
    {
        var found = new HashSet<(string, string)>();
        foreach (var directory in composeFilesByDirectory.Value)
        {
            foreach (var compose in ComposeFilesIn(directory.Key))
            {
                foreach (var service in compose.Model.Services)
                {
                    if (DockerfileOf(service, directory.Key) is { } built && ProjectPaths.Same(built, dockerfilePath) && found.Add((directory.Key, service.Name)))
                    {
                        yield return (directory.Key, service.Name);
                    }
                }
            }
        }
    }

    /// <summary>The path of the Dockerfile <paramref name="service"/> builds; null when it builds none.</summary>
    public static string? DockerfileOf(ComposeService service, string composeDirectory)
        => service.BuildContext is { } context
            ? ProjectPaths.Combine(ProjectPaths.Combine(composeDirectory, context), service.BuildDockerfile ?? "Dockerfile")
            : null;

    private bool IsProjectFile(string path) => filesByPath.Value.Contains(ProjectPaths.Normalize(path));

    private object? Parsed(string path, ConfigFileKind kind)
        => parsed.GetOrAdd(ProjectPaths.Normalize(path), key => new Lazy<object?>(() => Parse(key, kind))).Value;

    /// <summary>The file at <paramref name="path"/> (normalized), read as <paramref name="kind"/>; null when the project has none.</summary>
    private object? Parse(string path, ConfigFileKind kind)
    {
        foreach (var file in filesByPath.Value[path])
        {
            if (file.ReadText() is not { } text)
            {
                continue;
            }

            Func<int, int> lineOf = offset => TextOffsets.LineOf(text, offset);
            if (kind == ConfigFileKind.Dockerfile)
            {
                return DockerfileReader.Read(text, cancellationToken).File is { } dockerfile ? new ParsedDockerfile(dockerfile, file.Path, lineOf) : null;
            }

            return ComposeReader.Read(text, cancellationToken).File is { } compose ? new ParsedCompose(compose, file.Path, lineOf) : null;
        }

        return null;
    }

    private AppSettingsListeners ReadAppSettings()
    {
        var kestrel = new HashSet<long>();
        var kestrelKnown = true;
        var hasKestrel = false;
        var urlPorts = new HashSet<long>();
        var urlsKnown = true;
        var names = new List<string>();
        foreach (var file in files)
        {
            var name = ProjectPaths.FileName(file.Path);
            if (!(name.Equals("appsettings.json", StringComparison.OrdinalIgnoreCase) || name.Equals("appsettings.Production.json", StringComparison.OrdinalIgnoreCase))
                || file.ReadText() is not { } text
                || documents.Of(text, ConfigFileKind.AppSettings, cancellationToken).Root is not { } root)
            {
                continue;
            }

            names.Add(name);
            foreach (var url in AppSettingsReader.KestrelEndpointUrls(root))
            {
                hasKestrel = true;
                kestrelKnown &= AddUrlPorts(url.ScalarText, kestrel);
            }

            foreach (var value in root.Named(ListenSettings.Urls))
            {
                urlsKnown &= AddUrlPorts(value.ScalarText, urlPorts);
            }

            AddPortLists(root, ListenSettings.HttpPorts, ListenSettings.HttpsPorts, urlPorts);
        }

        return names.Count == 0
            ? AppSettingsListeners.None
            : new AppSettingsListeners(kestrelKnown ? kestrel : null, hasKestrel, urlsKnown ? urlPorts : null, string.Join(" and ", names));
    }

    /// <summary>Adds the ports of a URL list; false when the port of one of them cannot be known.</summary>
    private static bool AddUrlPorts(string? urls, HashSet<long> ports)
    {
        var known = true;
        foreach (var url in EndpointUrl.ParseList(urls ?? string.Empty))
        {
            if (url.Port is { } port)
            {
                ports.Add(port);
            }
            else
            {
                known = false;
            }
        }

        return known;
    }

    private static void AddPortLists(JsonValue parent, string httpKey, string httpsKey, HashSet<long> ports)
    {
        foreach (var key in new[] { httpKey, httpsKey })
        {
            foreach (var value in parent.Named(key))
            {
                foreach (var (port, _, _) in PortList.Parse(value.ScalarText ?? string.Empty))
                {
                    ports.Add(port);
                }
            }
        }
    }

    /// <summary>docker-compose.yml and compose.yaml before their override and environment files, as compose reads them.</summary>
    private static int ComposeOrder(string path)
    {
        var name = ProjectPaths.FileName(path).ToLowerInvariant();
        return name.Split('.').Length == 2 ? 0 : name.Contains(".override.") ? 1 : 2;
    }
}
