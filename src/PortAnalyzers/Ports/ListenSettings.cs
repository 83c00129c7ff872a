using System;

namespace PortAnalyzers.Ports;

/// <summary>
/// The settings that decide where ASP.NET Core listens, one vocabulary for every place that sets them: the names
/// appsettings and <c>UseSetting</c> use (<c>urls</c>, <c>http_ports</c>, <c>https_ports</c>), the
/// <c>WebHostDefaults</c> fields that hold those names, and the environment variables that set them
/// (<c>ASPNETCORE_</c> and the name in capitals). Configuration reads the names in any case.
/// </summary>
internal static class ListenSettings
{
    public const string Urls = "urls";
    public const string HttpPorts = "http_ports";
    public const string HttpsPorts = "https_ports";

    /// <summary>What an environment variable's name starts with to set a host setting.</summary>
    public const string VariablePrefix = "ASPNETCORE_";

    public static readonly string UrlsVariable = Variable(Urls);
    public static readonly string HttpPortsVariable = Variable(HttpPorts);
    public static readonly string HttpsPortsVariable = Variable(HttpsPorts);

    public static readonly string[] All = { Urls, HttpPorts, HttpsPorts };

    public static readonly string[] Variables = { UrlsVariable, HttpPortsVariable, HttpsPortsVariable };

    /// <summary>The fields of <c>WebHostDefaults</c> that hold the settings' names, with the name each holds.</summary>
    public static readonly (string Field, string Setting)[] WebHostDefaultsFields =
    {
        ("ServerUrlsKey", Urls),
        ("HttpPortsKey", HttpPorts),
        ("HttpsPortsKey", HttpsPorts),
    };

    /// <summary>Whether <paramref name="name"/> is the environment variable of a setting, as written in a container file.</summary>
    public static bool IsVariable(string name) => Array.IndexOf(Variables, name) >= 0;

    /// <summary>Whether <paramref name="name"/> names <paramref name="setting"/>, in any case.</summary>
    public static bool Names(string name, string setting) => string.Equals(name, setting, StringComparison.OrdinalIgnoreCase);

    private static string Variable(string setting) => VariablePrefix + setting.ToUpperInvariant();
}
