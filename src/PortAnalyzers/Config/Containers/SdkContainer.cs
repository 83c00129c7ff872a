using System;
using System.Collections.Generic;
using System.Globalization;

namespace PortAnalyzers.Config.Containers;

/// <summary>
/// The .NET SDK's container settings (<c>dotnet publish -t:PublishContainer</c>), as the package's props hand them
/// to the analyzers: the <c>ContainerPort</c> and <c>ContainerEnvironmentVariable</c> items, and the base image,
/// (<c>ContainerBaseImage</c>, with <c>ContainerFamily</c> for the SDK's own pick)
/// given or the one the SDK picks (<c>mcr.microsoft.com/dotnet/aspnet</c> of the target framework for a web app
/// that is neither self-contained nor native AOT). The props join the items with <c>,</c> and <c>|</c> and write a
/// value's <c>;</c> as <c>,</c>: the compiler's editorconfig reader ends a value at <c>;</c>, its comment character.
/// </summary>
internal sealed record SdkContainer(IReadOnlyList<string> Ports, IReadOnlyList<(string Name, string Value)> Environment, string? BaseImage)
{
    public const string PortsProperty = "build_property.PortAnalyzersContainerPorts";
    public const string EnvironmentProperty = "build_property.PortAnalyzersContainerEnvironment";

    public static SdkContainer Read(Func<string, string?> property)
    {
        var ports = new List<string>();
        foreach (var port in Split(property(PortsProperty), ','))
        {
            ports.Add(port);
        }

        var environment = new List<(string, string)>();
        foreach (var variable in Split(property(EnvironmentProperty), '|'))
        {
            var equals = variable.IndexOf('=');
            if (equals > 0)
            {
                environment.Add((variable.Substring(0, equals).Trim(), variable.Substring(equals + 1).Trim().Replace(',', ';')));
            }
        }

        return new SdkContainer(ports, environment, BaseImageOf(property));
    }

    private static string? BaseImageOf(Func<string, string?> property)
    {
        if (property("build_property.ContainerBaseImage") is { } image && image.Trim().Length > 0)
        {
            return image.Trim();
        }

        var web = IsTrue(property("build_property.UsingMicrosoftNETSdkWeb"));
        var selfContained = IsTrue(property("build_property.PublishAot")) || IsTrue(property("build_property.SelfContained"));
        var framework = property("build_property.TargetFramework") ?? string.Empty;
        if (!web || selfContained || !framework.StartsWith("net", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var end = 3;
        while (end < framework.Length && char.IsDigit(framework[end]))
        {
            end++;
        }

        return end > 3 && end < framework.Length && framework[end] == '.' && int.TryParse(framework.Substring(3, end - 3), NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            ? "mcr.microsoft.com/dotnet/aspnet:" + major.ToString(CultureInfo.InvariantCulture) + ".0" + Family(property)
            : null;
    }

    /// <summary>The tag suffix <c>ContainerFamily</c> adds (<c>-alpine</c>, <c>-noble-chiseled</c>): the same port, named as the SDK names the image.</summary>
    private static string Family(Func<string, string?> property)
        => property("build_property.ContainerFamily") is { } family && family.Trim().Length > 0 ? "-" + family.Trim() : string.Empty;

    private static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Split(string? value, char separator)
    {
        foreach (var part in (value ?? string.Empty).Split(separator))
        {
            if (part.Trim().Length > 0)
            {
                yield return part.Trim();
            }
        }
    }
}
