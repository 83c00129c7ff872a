using PortAnalyzers.Ports;

namespace PortAnalyzers.Config;

/// <summary>A port written in a configuration file: the usage, where its text stands, and how it is checked.</summary>
internal readonly struct ConfigPort
{
    /// <summary>The group of a port that starts alone, so it cannot collide with another.</summary>
    public const int NoGroup = -1;

    public ConfigPort(PortUsage usage, string host, int start, int length, int group, bool validityOnly)
    {
        Usage = usage;
        Host = host;
        Start = start;
        Length = length;
        Group = group;
        ValidityOnly = validityOnly;
    }

    public PortUsage Usage { get; }

    /// <summary>The host as written, to tell two specific addresses apart (PORT009).</summary>
    public string Host { get; }

    public int Start { get; }

    public int Length { get; }

    /// <summary>Listeners with the same group start together and must not claim the same port (PORT009).</summary>
    public int Group { get; }

    /// <summary>Only whether the port exists is checked: Visual Studio picks these ports itself.</summary>
    public bool ValidityOnly { get; }
}
