using System.Collections.Immutable;

namespace PortAnalyzers.Ports;

/// <summary>The profiles of <c>port_analyzers.dynamic_port_range</c>: where the OS takes ephemeral ports from.</summary>
internal static class DynamicPortRange
{
    public static readonly PortRangeSet Iana = new(ImmutableArray.Create(PortNumber.IanaDynamic));

    /// <summary>Linux's default <c>net.ipv4.ip_local_port_range</c>.</summary>
    public static readonly PortRangeSet Linux = new(ImmutableArray.Create(new PortRange(32768, 60999)));

    public static bool TryParse(string text, out PortRangeSet range)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "iana":
            case "windows":
                range = Iana;
                return true;
            case "linux":
                range = Linux;
                return true;
            default:
                return PortRangeSet.TryParseRanges(text, out range);
        }
    }
}
