using System;
using System.Collections.Generic;

namespace PortAnalyzers.Ports;

/// <summary>
/// One endpoint URL as ASP.NET Core, HttpListener and clients accept it: <c>scheme://[userinfo@]host[:port][/path]</c>,
/// with <c>+</c> and <c>*</c> hosts and bracketed IPv6. The port is known, defaulted from the scheme, or unknown.
/// </summary>
internal readonly struct EndpointUrl
{
    private EndpointUrl(string scheme, string host, int hostStart, long? port, int portStart, int portLength, int start, int length)
    {
        Scheme = scheme;
        Host = host;
        HostStart = hostStart;
        Port = port;
        PortStart = portStart;
        PortLength = portLength;
        Start = start;
        Length = length;
    }

    /// <summary>The scheme in lower case, or empty when it is not known.</summary>
    public string Scheme { get; }

    public string Host { get; }

    /// <summary>Where the host stands in the parsed text.</summary>
    public int HostStart { get; }

    public HostScope HostScope => Hosts.Classify(Host);

    /// <summary>The port, from the URL or the scheme's default; null when it cannot be known.</summary>
    public long? Port { get; }

    /// <summary>Where the port's digits stand in the parsed text; -1 when the port is the scheme's default.</summary>
    public int PortStart { get; }

    public int PortLength { get; }

    public bool HasExplicitPort => PortStart >= 0;

    /// <summary>Where the URL stands in the parsed text.</summary>
    public int Start { get; }

    public int Length { get; }

    public bool IsHttp => Scheme is "http" or "https" or "ws" or "wss";

    public static bool TryParse(string text, out EndpointUrl url) => TryParse(text, 0, text.Length, out url);

    public static bool TryParse(string text, int start, int length, out EndpointUrl url)
    {
        url = default;
        var end = start + length;
        var schemeEnd = text.IndexOf("://", start, length, StringComparison.Ordinal);
        if (schemeEnd <= start || !IsSchemeText(text, start, schemeEnd))
        {
            return false;
        }

        var scheme = PartialText.HasHole(text, start, schemeEnd - start) ? string.Empty : text.Substring(start, schemeEnd - start).ToLowerInvariant();
        var authorityStart = schemeEnd + 3;
        var authorityEnd = IndexOfAny(text, authorityStart, end, '/', '?', '#');

        var hostStart = authorityStart;
        var at = text.LastIndexOf('@', authorityEnd - 1, authorityEnd - authorityStart);
        if (at >= 0)
        {
            hostStart = at + 1;
        }

        int hostEnd;
        if (hostStart < authorityEnd && text[hostStart] == '[')
        {
            var close = text.IndexOf(']', hostStart, authorityEnd - hostStart);
            if (close < 0)
            {
                return false;
            }

            hostEnd = close + 1;
        }
        else
        {
            var colon = text.IndexOf(':', hostStart, authorityEnd - hostStart);
            hostEnd = colon < 0 ? authorityEnd : colon;
        }

        var host = text.Substring(hostStart, hostEnd - hostStart);
        if (hostEnd == authorityEnd)
        {
            // A host part that is not known may carry the port itself ("http://" + hostAndPort).
            var defaultPort = PartialText.HasHole(host) ? null : DefaultPort(scheme);
            url = new EndpointUrl(scheme, host, hostStart, defaultPort, -1, 0, start, length);
            return host.Length > 0;
        }

        if (text[hostEnd] != ':')
        {
            return false;
        }

        var portStart = hostEnd + 1;
        var portLength = authorityEnd - portStart;
        if (!TryParsePort(text, portStart, portLength, out var port))
        {
            return false;
        }

        url = new EndpointUrl(scheme, host, hostStart, port, portStart, portLength, start, length);
        return true;
    }

    /// <summary>The port of <paramref name="scheme"/> when a URL leaves it out; null for schemes this package does not know.</summary>
    public static long? DefaultPort(string scheme) => scheme switch
    {
        "http" or "ws" => 80,
        "https" or "wss" => 443,
        _ => null,
    };

    /// <summary>Splits a semicolon list (<c>ASPNETCORE_URLS</c>, <c>applicationUrl</c>) and parses each URL in it.</summary>
    public static List<EndpointUrl> ParseList(string text)
    {
        var urls = new List<EndpointUrl>();
        var position = 0;
        while (position <= text.Length)
        {
            var separator = text.IndexOf(';', position);
            var itemEnd = separator < 0 ? text.Length : separator;
            var itemStart = position;
            while (itemStart < itemEnd && char.IsWhiteSpace(text[itemStart]))
            {
                itemStart++;
            }

            var trimmedEnd = itemEnd;
            while (trimmedEnd > itemStart && char.IsWhiteSpace(text[trimmedEnd - 1]))
            {
                trimmedEnd--;
            }

            if (trimmedEnd > itemStart && TryParse(text, itemStart, trimmedEnd - itemStart, out var url))
            {
                urls.Add(url);
            }

            if (separator < 0)
            {
                break;
            }

            position = separator + 1;
        }

        return urls;
    }

    /// <summary>
    /// Reads port digits; null (unknown) when a part of them is not known. Numbers too long for a port stay out of
    /// range rather than overflowing, so they are reported as invalid.
    /// </summary>
    internal static bool TryParsePort(string text, int start, int length, out long? port)
    {
        port = null;
        if (length == 0)
        {
            return false;
        }

        if (PartialText.HasHole(text, start, length))
        {
            return true;
        }

        long value = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = Math.Min(value * 10 + (c - '0'), int.MaxValue);
        }

        port = value;
        return true;
    }

    private static bool IsSchemeText(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (!(char.IsLetterOrDigit(c) || c is '+' or '-' or '.' || c == PartialText.Hole))
            {
                return false;
            }
        }

        return true;
    }

    private static int IndexOfAny(string text, int start, int end, char a, char b, char c)
    {
        for (var i = start; i < end; i++)
        {
            var ch = text[i];
            if (ch == a || ch == b || ch == c)
            {
                return i;
            }
        }

        return end;
    }
}
