using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Config.Containers;

/// <summary>
/// A variable that decides where the app listens (<c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c>,
/// <c>ASPNETCORE_HTTPS_PORTS</c>): its value (null when unknown), where it is written, for messages, and its
/// name's place when it is written in the file being checked.
/// </summary>
internal readonly record struct ListenSetting(string Name, string? Value, string Where, (int Start, int Length)? NameSpan);

/// <summary>What the project's appsettings say about where Kestrel listens, read once per compilation.</summary>
/// <param name="KestrelPorts">The ports of <c>Kestrel:Endpoints</c>; null when there are none, or one of them cannot be known.</param>
/// <param name="HasKestrelEndpoints">Some <c>Kestrel:Endpoints</c> exist: they replace every URL setting.</param>
/// <param name="UrlPorts">The ports of <c>urls</c>, <c>http_ports</c> and <c>https_ports</c>; null when one of them cannot be known.</param>
/// <param name="File">The file name that set them, for messages.</param>
internal sealed record AppSettingsListeners(HashSet<long>? KestrelPorts, bool HasKestrelEndpoints, HashSet<long>? UrlPorts, string File)
{
    public static readonly AppSettingsListeners None = new(null, false, new HashSet<long>(), "appsettings.json");
}

/// <summary>
/// The ports the app listens on inside its container, in ASP.NET Core's own precedence: Kestrel endpoints in
/// appsettings replace the URL settings; else <c>ASPNETCORE_URLS</c>; else <c>ASPNETCORE_HTTP(S)_PORTS</c>; else
/// the default of the ASP.NET Core base image. Null when that cannot be known, so nothing is judged on a guess.
/// </summary>
internal sealed record AppListeners(HashSet<long> Ports, string Source)
{
    public static AppListeners? Resolve(AppSettingsListeners appSettings, IReadOnlyDictionary<string, ListenSetting> environment, string? baseImage, IReadOnlyCollection<long> containerProfilePorts)
    {
        AppListeners? resolved;
        if (appSettings.HasKestrelEndpoints)
        {
            resolved = appSettings.KestrelPorts is { } kestrel ? new AppListeners(kestrel, "Kestrel:Endpoints in " + appSettings.File) : null;
        }
        else if (appSettings.UrlPorts is null)
        {
            resolved = null;
        }
        else
        {
            var (decided, fromEnvironment) = FromEnvironment(environment);
            resolved = fromEnvironment;
            if (!decided && appSettings.UrlPorts.Count == 0)
            {
                resolved = AspNetImage.DefaultHttpPort(baseImage) is { } port ? new AppListeners(new HashSet<long> { port }, "the default of " + baseImage) : null;
            }
            else if (appSettings.UrlPorts.Count > 0 && (!decided || resolved is not null))
            {
                // appsettings 'urls' and the ASPNETCORE_ variables feed one configuration key; either may win, so both count.
                var ports = new HashSet<long>(appSettings.UrlPorts);
                ports.UnionWith(resolved?.Ports ?? Enumerable.Empty<long>());
                resolved = new AppListeners(ports, resolved is null ? "the URL settings of " + appSettings.File : resolved.Source + " and " + appSettings.File);
            }
        }

        if (resolved is not null && containerProfilePorts.Count > 0)
        {
            // Visual Studio's container profiles set the ports the app listens on when it runs there.
            resolved.Ports.UnionWith(containerProfilePorts);
        }

        return resolved;
    }

    /// <summary>The finding for a setting that another one overrides: URLs win over port lists.</summary>
    public static (ListenSetting Ignored, ListenSetting Winner)? Overridden(IReadOnlyDictionary<string, ListenSetting> environment)
    {
        if (!environment.TryGetValue(ListenSettings.UrlsVariable, out var urls))
        {
            return null;
        }

        foreach (var name in new[] { ListenSettings.HttpPortsVariable, ListenSettings.HttpsPortsVariable })
        {
            // An empty value clears the image's own setting, the way to hand over to ASPNETCORE_URLS.
            if (environment.TryGetValue(name, out var ports) && !string.IsNullOrWhiteSpace(ports.Value))
            {
                return (ports, urls);
            }
        }

        return null;
    }

    public string Describe() => "the app listens on " + string.Join(", ", Ports.OrderBy(p => p).Select(p => p.ToString(CultureInfo.InvariantCulture))) + " (" + Source + ")";

    /// <summary>
    /// The ports the variables set: <c>Decided</c> is false when none of them is set; the listeners are null
    /// when one that decides cannot be known.
    /// </summary>
    private static (bool Decided, AppListeners? Listeners) FromEnvironment(IReadOnlyDictionary<string, ListenSetting> environment)
    {
        if (environment.TryGetValue(ListenSettings.UrlsVariable, out var urls))
        {
            var ports = new HashSet<long>();
            foreach (var url in EndpointUrl.ParseList(urls.Value ?? string.Empty))
            {
                if (url.Port is not { } port)
                {
                    return (true, null);
                }

                ports.Add(port);
            }

            return (true, urls.Value is null ? null : new AppListeners(ports, urls.Name + " " + urls.Where));
        }

        HashSet<long>? listed = null;
        var sources = new List<string>();
        foreach (var name in new[] { ListenSettings.HttpPortsVariable, ListenSettings.HttpsPortsVariable })
        {
            if (!environment.TryGetValue(name, out var setting))
            {
                continue;
            }

            if (setting.Value is null)
            {
                return (true, null);
            }

            listed ??= new HashSet<long>();
            listed.UnionWith(PortList.Parse(setting.Value).Select(p => p.Port));
            sources.Add(setting.Name + " " + setting.Where);
        }

        return listed is null ? (false, null) : (true, new AppListeners(listed, string.Join(" and ", sources)));
    }
}

/// <summary>The port the ASP.NET Core images make the app listen on: 8080 from .NET 8 on, 80 before.</summary>
internal static class AspNetImage
{
    /// <summary>The HTTPS port Visual Studio's container tools give an app of the image: 8081 from .NET 8 on, 443 before.</summary>
    public static long? VisualStudioHttpsPort(string? image) => DefaultHttpPort(image) switch
    {
        8080 => 8081,
        80 => 443,
        _ => null,
    };

    public static long? DefaultHttpPort(string? image)
    {
        if (image is null || image.IndexOf('@') >= 0)
        {
            return null;
        }

        var slash = image.LastIndexOf('/');
        var colon = image.LastIndexOf(':');
        var repository = colon > slash ? image.Substring(0, colon) : image;
        var tag = colon > slash ? image.Substring(colon + 1) : "latest";
        var legacy = repository.EndsWith("dotnet/core/aspnet", StringComparison.OrdinalIgnoreCase);
        if (!legacy && !repository.EndsWith("dotnet/aspnet", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (legacy)
        {
            return 80;
        }

        if (tag.Equals("latest", StringComparison.OrdinalIgnoreCase))
        {
            return 8080;
        }

        var digits = 0;
        while (digits < tag.Length && char.IsDigit(tag[digits]))
        {
            digits++;
        }

        return digits > 0 && int.TryParse(tag.Substring(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            ? (major >= 8 ? 8080 : 80)
            : null;
    }
}
