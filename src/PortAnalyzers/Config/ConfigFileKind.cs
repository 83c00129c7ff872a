using System;

namespace PortAnalyzers.Config;

/// <summary>The configuration files this package reads, recognised by file name as .NET tools name them.</summary>
internal enum ConfigFileKind
{
    None,

    /// <summary><c>appsettings.json</c> and <c>appsettings.&lt;environment&gt;.json</c>.</summary>
    AppSettings,

    /// <summary><c>Properties/launchSettings.json</c>, read by <c>dotnet run</c> and Visual Studio.</summary>
    LaunchSettings,

    /// <summary><c>NuGet.config</c> in any casing.</summary>
    NuGetConfig,

    /// <summary><c>Dockerfile</c>, <c>*.Dockerfile</c> and <c>Dockerfile.*</c> (not <c>Dockerfile.dockerignore</c>).</summary>
    Dockerfile,

    /// <summary><c>docker-compose.yml</c>, <c>compose.yaml</c>, their <c>.*.</c> variants (override, environment) and <c>.yml</c>/<c>.yaml</c> twins.</summary>
    Compose,

    /// <summary>The project file, handed over when it holds the SDK's container items, so they can be pointed at.</summary>
    ProjectFile,
}

internal static class ConfigFileKinds
{
    private static readonly char[] Separators = { '/', '\\' };

    public static ConfigFileKind Of(string path)
    {
        // Either separator: the path may come from another OS than the one the build runs on.
        var name = path.Substring(path.LastIndexOfAny(Separators) + 1);
        if (name.Equals("appsettings.json", StringComparison.OrdinalIgnoreCase)
            || (name.StartsWith("appsettings.", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && name.Length > "appsettings..json".Length))
        {
            return ConfigFileKind.AppSettings;
        }

        if (name.Equals("launchSettings.json", StringComparison.OrdinalIgnoreCase))
        {
            return ConfigFileKind.LaunchSettings;
        }

        if (name.Equals("nuget.config", StringComparison.OrdinalIgnoreCase))
        {
            return ConfigFileKind.NuGetConfig;
        }

        if (IsDockerfile(name))
        {
            return ConfigFileKind.Dockerfile;
        }

        if (IsCompose(name))
        {
            return ConfigFileKind.Compose;
        }

        return name.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) ? ConfigFileKind.ProjectFile : ConfigFileKind.None;
    }

    private static bool IsDockerfile(string name)
        => name.Equals("Dockerfile", StringComparison.OrdinalIgnoreCase)
            || (name.EndsWith(".Dockerfile", StringComparison.OrdinalIgnoreCase) && name.Length > ".Dockerfile".Length)
            || (name.StartsWith("Dockerfile.", StringComparison.OrdinalIgnoreCase) && name.Length > "Dockerfile.".Length
                && !name.EndsWith(".dockerignore", StringComparison.OrdinalIgnoreCase));

    private static bool IsCompose(string name)
    {
        var extension = name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) ? 4 : name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) ? 5 : 0;
        if (extension == 0)
        {
            return false;
        }

        var stem = name.Substring(0, name.Length - extension);
        foreach (var prefix in new[] { "docker-compose", "compose" })
        {
            if (stem.Equals(prefix, StringComparison.OrdinalIgnoreCase)
                || (stem.StartsWith(prefix + ".", StringComparison.OrdinalIgnoreCase) && stem.Length > prefix.Length + 1))
            {
                return true;
            }
        }

        return false;
    }
}
