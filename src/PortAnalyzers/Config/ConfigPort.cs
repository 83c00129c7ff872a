using PortAnalyzers.Ports;

namespace PortAnalyzers.Config;

/// <summary>A port written in a configuration file: the usage, where its text stands, and how it is checked.</summary>
/// <param name="Usage">What the policy judges.</param>
/// <param name="Host">The host as written, to tell two specific addresses apart (PORT009).</param>
/// <param name="Start">The offset of the port's text.</param>
/// <param name="Length">The length of the port's text.</param>
/// <param name="Group">Listeners with the same group start together and must not claim the same port (PORT009).</param>
/// <param name="ValidityOnly">Only whether the port exists is checked: Visual Studio picks these ports itself.</param>
internal readonly record struct ConfigPort(PortUsage Usage, string Host, int Start, int Length, int Group, bool ValidityOnly)
{
    /// <summary>The group of a port that starts alone, so it cannot collide with another.</summary>
    public const int NoGroup = -1;
}
