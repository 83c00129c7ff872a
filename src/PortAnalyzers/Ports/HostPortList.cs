using System.Collections.Generic;
using static PortAnalyzers.Ports.ConnectionStringText;

namespace PortAnalyzers.Ports;

/// <summary>
/// <c>host[:port]</c> items (IPv6 in brackets), alone or in a comma-separated list: how every connection string
/// grammar names its servers (a URI's authority, a host key's value, a Redis configuration's endpoints).
/// </summary>
internal static class HostPortList
{
    /// <summary>
    /// The endpoints with a known port among the comma-separated items from <paramref name="start"/> to
    /// <paramref name="end"/>; null when one item is not a host.
    /// </summary>
    public static List<ConnectionEndpoint>? Read(string text, int start, int end, string? scheme)
    {
        var endpoints = new List<ConnectionEndpoint>();
        foreach (var (itemStart, itemEnd) in CommaItems(text, start, end))
        {
            if (!TryReadItem(text, itemStart, itemEnd, scheme, endpoints))
            {
                return null;
            }
        }

        return endpoints;
    }

    /// <summary>One <c>host[:port]</c>; adds it when the port is known, and is false when it is not a host.</summary>
    public static bool TryReadItem(string text, int start, int end, string? scheme, List<ConnectionEndpoint> endpoints)
    {
        if (end <= start)
        {
            return false;
        }

        var colon = ColonOf(text, start, end);
        var hostEnd = colon < 0 ? end : colon;
        if (!IsHost(text, start, hostEnd))
        {
            return false;
        }

        if (colon < 0)
        {
            return true;
        }

        var portStart = colon + 1;
        if (!IsDigitsOrHole(text, portStart, end))
        {
            return false;
        }

        AddIfPortKnown(text, text.Substring(start, hostEnd - start), scheme, portStart, end, endpoints);
        return true;
    }

    /// <summary>Adds the endpoint of <paramref name="host"/> when the port from <paramref name="portStart"/> to <paramref name="portEnd"/> is known.</summary>
    public static void AddIfPortKnown(string text, string host, string? scheme, int portStart, int portEnd, List<ConnectionEndpoint> endpoints)
    {
        if (EndpointUrl.TryParsePort(text, portStart, portEnd - portStart, out var port) && port is { } known)
        {
            endpoints.Add(new ConnectionEndpoint(host, known, scheme, portStart, portEnd - portStart));
        }
    }

    /// <summary>The colon between host and port: after a bracketed IPv6 host, or the only colon; -1 when there is none.</summary>
    public static int ColonOf(string text, int start, int end)
    {
        if (start < end && text[start] == '[')
        {
            var close = text.IndexOf(']', start, end - start);
            return close >= 0 && close + 1 < end && text[close + 1] == ':' ? close + 1 : -1;
        }

        var colon = text.IndexOf(':', start, end - start);
        return colon >= 0 && text.IndexOf(':', colon + 1, end - colon - 1) < 0 ? colon : -1;
    }

    /// <summary>A host name, IPv4 address or bracketed IPv6 address, or a part not known at compile time.</summary>
    private static bool IsHost(string text, int start, int end)
    {
        if (end <= start)
        {
            return false;
        }

        if (text[start] == '[')
        {
            return text[end - 1] == ']';
        }

        var letterOrHole = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsLetter(c) || c == PartialText.Hole)
            {
                letterOrHole = true;
            }
            else if (!(char.IsDigit(c) || c is '.' or '-' or '_'))
            {
                return false;
            }
        }

        // Digits alone ("12" in "12:55:00") are no host; a dotted address is.
        return letterOrHole || text.IndexOf('.', start, end - start) >= 0;
    }
}
