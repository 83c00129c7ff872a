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

        return name.Equals("nuget.config", StringComparison.OrdinalIgnoreCase) ? ConfigFileKind.NuGetConfig : ConfigFileKind.None;
    }
}
