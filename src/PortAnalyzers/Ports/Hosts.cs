using System;
using System.Net;

namespace PortAnalyzers.Ports;

/// <summary>Classifies host text as written in URLs, options and configuration.</summary>
internal static class Hosts
{
    public static HostScope Classify(string host)
    {
        if (host.Length == 0 || PartialText.HasHole(host))
        {
            return HostScope.Unknown;
        }

        if (host is "*" or "+")
        {
            return HostScope.AllInterfaces;
        }

        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return HostScope.Loopback;
        }

        var unbracketed = host.Length > 1 && host[0] == '[' && host[host.Length - 1] == ']' ? host.Substring(1, host.Length - 2) : host;
        if (LooksLikeIpAddress(unbracketed) && IPAddress.TryParse(unbracketed, out var address))
        {
            return Classify(address);
        }

        return HostScope.Specific;
    }

    public static HostScope Classify(IPAddress address)
    {
        if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return HostScope.AllInterfaces;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return Classify(address.MapToIPv4());
        }

        return IPAddress.IsLoopback(address) ? HostScope.Loopback : HostScope.Specific;
    }

    /// <summary>IPAddress.TryParse accepts plain numbers ("80") as addresses; only dotted or colon forms are addresses here.</summary>
    private static bool LooksLikeIpAddress(string text) => text.IndexOf(':') >= 0 || Dots(text) == 3;

    private static int Dots(string text)
    {
        var dots = 0;
        foreach (var c in text)
        {
            dots += c == '.' ? 1 : 0;
        }

        return dots;
    }
}
