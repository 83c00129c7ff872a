using System;
using System.Collections.Generic;

namespace PortAnalyzers.Ports;

/// <summary>
/// Recognises connection strings by their structure and reads the ports they connect to: ADO.NET <c>key=value;</c>
/// strings, URIs with a service scheme (<c>postgres://</c>, <c>mongodb://h1:p1,h2:p2</c>, ...), and
/// StackExchange.Redis configuration strings. Text that only looks like one (a time, a ratio, a log line) is not read.
/// </summary>
internal static class ConnectionStrings
{
    /// <summary>The endpoints with a port in <paramref name="text"/> when its structure shows it is a connection string.</summary>
    public static List<ConnectionEndpoint> Parse(string text) => Parse(text, lenient: false);

    /// <summary>
    /// As <see cref="Parse(string)"/>; with <paramref name="lenient"/>, for text known to be a connection string (passed
    /// to a connection, or a value of an appsettings <c>ConnectionStrings</c> section), a single <c>key=value</c> pair
    /// and a bare <c>host:port[,host:port]</c> list are read as well.
    /// </summary>
    public static List<ConnectionEndpoint> Parse(string text, bool lenient)
    {
        var endpoints = new List<ConnectionEndpoint>();
        if (!MayHavePort(text) || (!lenient && !MayBeStructured(text)))
        {
            return endpoints;
        }

        var start = SkipWhitespace(text, 0, text.Length);
        if (!TryParseUri(text, start, endpoints) && !TryParseKeyValues(text, lenient, endpoints))
        {
            TryParseRedis(text, requireOption: !lenient, endpoints);
        }

        return endpoints;
    }

    /// <summary>A StackExchange.Redis configuration, <c>host:port[,host:port][,option=value…]</c>, as passed to <c>ConnectionMultiplexer.Connect</c>.</summary>
    public static List<ConnectionEndpoint> ParseRedisConfiguration(string text)
    {
        var endpoints = new List<ConnectionEndpoint>();
        if (MayHavePort(text))
        {
            TryParseRedis(text, requireOption: false, endpoints);
        }

        return endpoints;
    }

    /// <summary>
    /// The value of a host key on its own (<c>builder.DataSource = "db,50000"</c>): SQL Server's <c>host,port</c> or
    /// <c>host:port</c> items.
    /// </summary>
    public static List<ConnectionEndpoint> ParseHostValue(string value)
    {
        var endpoints = new List<ConnectionEndpoint>();
        if (MayHavePort(value))
        {
            var start = SkipWhitespace(value, 0, value.Length);
            ReadHostValue(value, start, TrimEnd(value, start, value.Length), endpoints, out _);
        }

        return endpoints;
    }

    /// <summary>Whether an ADO.NET key or builder property names the server (<c>Server</c>, <c>Data Source</c>, <c>Host</c>, ...).</summary>
    public static bool IsHostKey(string key) => ConnectionStringVocabulary.IsHostKey(key);

    public static bool IsPortKey(string key) => ConnectionStringVocabulary.IsPortKey(key);

    /// <summary>What <see cref="Parse(string)"/> checks first, for callers that can skip it (and its allocation) on most text.</summary>
    public static bool MayBeConnectionString(string text) => MayBeStructured(text) && MayHavePort(text);

    /// <summary>Cheap rejection: every form needs a digit and a ':', ',' or '='.</summary>
    private static bool MayHavePort(string text)
    {
        var digit = false;
        var separator = false;
        foreach (var c in text)
        {
            digit |= c >= '0' && c <= '9';
            separator |= c is ':' or '=' or ',';
            if (digit && separator)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Cheap rejection of most strings that reach <see cref="Parse(string, bool)"/> from every literal (log messages,
    /// URLs, numbers): without leniency, a connection string is a URI (<c>://</c>) or has <c>key=value</c> pairs (two
    /// or more, or a Redis option).
    /// </summary>
    public static bool MayBeStructured(string text) => text.IndexOf('=') >= 0 || StartsWithServiceScheme(text);

    /// <summary>Whether the text opens with <c>scheme://</c> for a service scheme: URIs are only read from their start.</summary>
    private static bool StartsWithServiceScheme(string text)
    {
        // Most text has no "://" at all, which a vectorized search of its first ':' shows.
        var colon = text.IndexOf(':');
        if (colon <= 0 || string.CompareOrdinal(text, colon, "://", 0, 3) != 0)
        {
            return false;
        }

        var start = SkipWhitespace(text, 0, colon);
        for (var i = start; i < colon; i++)
        {
            if (!(char.IsLetterOrDigit(text[i]) || text[i] is '+' or '-' or '.'))
            {
                return false;
            }
        }

        return colon > start && ConnectionStringVocabulary.IsServiceScheme(text.Substring(start, colon - start));
    }

    /// <summary><c>scheme://[user@]host[:port][,host[:port]…][/path]</c> with a service scheme.</summary>
    private static bool TryParseUri(string text, int start, List<ConnectionEndpoint> endpoints)
    {
        var schemeEnd = text.IndexOf("://", start, StringComparison.Ordinal);
        if (schemeEnd <= start || !ConnectionStringVocabulary.IsServiceScheme(text.Substring(start, schemeEnd - start)))
        {
            return false;
        }

        var scheme = text.Substring(start, schemeEnd - start).ToLowerInvariant();
        var authorityStart = schemeEnd + 3;
        var authorityEnd = authorityStart;
        while (authorityEnd < text.Length && text[authorityEnd] is not ('/' or '?' or '#') && !char.IsWhiteSpace(text[authorityEnd]))
        {
            authorityEnd++;
        }

        var at = authorityEnd > authorityStart ? text.LastIndexOf('@', authorityEnd - 1, authorityEnd - authorityStart) : -1;
        var hostsStart = at >= 0 ? at + 1 : authorityStart;
        var found = new List<ConnectionEndpoint>();
        if (TryParseHostList(text, hostsStart, authorityEnd, scheme, found))
        {
            endpoints.AddRange(found);
        }

        return true;
    }

    /// <summary>ADO.NET <c>key=value;key=value</c>: every segment a pair, and a host or port key among them.</summary>
    private static bool TryParseKeyValues(string text, bool lenient, List<ConnectionEndpoint> endpoints)
    {
        var pairs = 0;
        var hasHostOrPort = false;
        var hostValue = (Start: -1, End: -1);
        var portValue = (Start: -1, End: -1);
        var position = 0;
        while (position < text.Length)
        {
            var segmentStart = SkipWhitespace(text, position, text.Length);
            if (segmentStart >= text.Length)
            {
                break;
            }

            if (text[segmentStart] == ';')
            {
                position = segmentStart + 1;
                continue;
            }

            var equals = text.IndexOf('=', segmentStart);
            var semicolon = text.IndexOf(';', segmentStart);
            if (equals < 0 || (semicolon >= 0 && semicolon < equals))
            {
                // A segment that is only an unknown part ("…;" + rest) says nothing either way.
                var end = semicolon < 0 ? text.Length : semicolon;
                if (!IsHoleOnly(text, segmentStart, end))
                {
                    return false;
                }

                position = end + 1;
                continue;
            }

            var keyEnd = TrimEnd(text, segmentStart, equals);
            if (!IsKey(text, segmentStart, keyEnd))
            {
                return false;
            }

            if (!TryReadValue(text, equals + 1, out var valueStart, out var valueEnd, out var next))
            {
                return false;
            }

            pairs++;
            var key = text.Substring(segmentStart, keyEnd - segmentStart);
            if (IsHostKey(key))
            {
                hasHostOrPort = true;
                hostValue = (valueStart, valueEnd);
            }
            else if (IsPortKey(key))
            {
                hasHostOrPort = true;
                portValue = (valueStart, valueEnd);
            }

            position = next;
        }

        if (!hasHostOrPort || pairs < (lenient ? 1 : 2))
        {
            return false;
        }

        var host = string.Empty;
        var hostEndpoints = new List<ConnectionEndpoint>();
        if (hostValue.Start >= 0)
        {
            ReadHostValue(text, hostValue.Start, hostValue.End, hostEndpoints, out host);
        }

        // A Port key applies to the hosts written without their own port.
        if (portValue.Start >= 0 && EndpointUrl.TryParsePort(text, portValue.Start, portValue.End - portValue.Start, out var port) && port is { } known)
        {
            endpoints.Add(new ConnectionEndpoint(host, known, null, portValue.Start, portValue.End - portValue.Start));
        }

        endpoints.AddRange(hostEndpoints);

        return true;
    }

    /// <summary>
    /// A host key's value: SQL Server's <c>[tcp:]host[\instance],port</c>, or <c>host:port</c> items separated by
    /// commas (Npgsql multi-host, Oracle's <c>host:port/service</c>). <paramref name="firstHost"/> is the first host named.
    /// </summary>
    private static void ReadHostValue(string text, int start, int end, List<ConnectionEndpoint> endpoints, out string firstHost)
    {
        firstHost = string.Empty;
        if (end - start > 4 && string.Compare(text, start, "tcp:", 0, 4, StringComparison.OrdinalIgnoreCase) == 0)
        {
            start += 4;
        }

        var comma = text.IndexOf(',', start, end - start);
        if (comma > 0)
        {
            var portStart = SkipWhitespace(text, comma + 1, end);
            var portEnd = TrimEnd(text, portStart, end);
            if (IsDigitsOrHole(text, portStart, portEnd) && text.IndexOf(',', portStart, portEnd - portStart) < 0)
            {
                // SQL Server: host,port (the instance name, if any, is then ignored).
                var hostEnd = TrimEnd(text, start, comma);
                var backslash = text.IndexOf('\\', start, hostEnd - start);
                firstHost = text.Substring(start, (backslash < 0 ? hostEnd : backslash) - start);
                if (EndpointUrl.TryParsePort(text, portStart, portEnd - portStart, out var port) && port is { } known)
                {
                    endpoints.Add(new ConnectionEndpoint(firstHost, known, null, portStart, portEnd - portStart));
                }

                return;
            }
        }

        var items = new List<ConnectionEndpoint>();
        var endOfHosts = text.IndexOf('/', start, end - start) is var slash and >= 0 ? slash : end;
        if (TryParseHostList(text, start, endOfHosts, null, items))
        {
            endpoints.AddRange(items);
        }

        var firstEnd = text.IndexOf(',', start, endOfHosts - start) is var c and >= 0 ? c : endOfHosts;
        var colon = HostPortColon(text, start, firstEnd);
        firstHost = text.Substring(start, (colon < 0 ? firstEnd : colon) - start).Trim();
    }

    /// <summary>StackExchange.Redis: comma-separated <c>host[:port]</c> endpoints and <c>option=value</c> items.</summary>
    private static void TryParseRedis(string text, bool requireOption, List<ConnectionEndpoint> endpoints)
    {
        var found = new List<ConnectionEndpoint>();
        var knownOption = false;
        var position = 0;
        while (position <= text.Length)
        {
            var comma = text.IndexOf(',', position);
            var itemEnd = comma < 0 ? text.Length : comma;
            var itemStart = SkipWhitespace(text, position, itemEnd);
            var trimmedEnd = TrimEnd(text, itemStart, itemEnd);
            if (trimmedEnd > itemStart)
            {
                var equals = text.IndexOf('=', itemStart, trimmedEnd - itemStart);
                if (equals >= 0)
                {
                    var key = text.Substring(itemStart, equals - itemStart).Trim();
                    if (!IsKey(key, 0, key.Length))
                    {
                        return;
                    }

                    knownOption |= ConnectionStringVocabulary.IsRedisOption(key);
                }
                else if (!TryParseHostPort(text, itemStart, trimmedEnd, null, found))
                {
                    return;
                }
            }

            if (comma < 0)
            {
                break;
            }

            position = comma + 1;
        }

        if (knownOption || !requireOption)
        {
            endpoints.AddRange(found);
        }
    }

    /// <summary>Parses <c>host[:port]</c> items separated by commas; false when one is not a host.</summary>
    private static bool TryParseHostList(string text, int start, int end, string? scheme, List<ConnectionEndpoint> endpoints)
    {
        var position = start;
        while (position <= end)
        {
            var next = text.IndexOf(',', position, end - position);
            var itemEnd = next < 0 ? end : next;
            var itemStart = SkipWhitespace(text, position, itemEnd);
            var trimmedEnd = TrimEnd(text, itemStart, itemEnd);
            if (!TryParseHostPort(text, itemStart, trimmedEnd, scheme, endpoints))
            {
                return false;
            }

            if (next < 0)
            {
                break;
            }

            position = next + 1;
        }

        return true;
    }

    /// <summary>One <c>host[:port]</c> (IPv6 in brackets); adds it when the port is known.</summary>
    private static bool TryParseHostPort(string text, int start, int end, string? scheme, List<ConnectionEndpoint> endpoints)
    {
        if (end <= start)
        {
            return false;
        }

        var colon = HostPortColon(text, start, end);
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

        if (EndpointUrl.TryParsePort(text, portStart, end - portStart, out var port) && port is { } known)
        {
            endpoints.Add(new ConnectionEndpoint(text.Substring(start, hostEnd - start), known, scheme, portStart, end - portStart));
        }

        return true;
    }

    /// <summary>The colon between host and port: after a bracketed IPv6 host, or the only colon; -1 when there is none.</summary>
    private static int HostPortColon(string text, int start, int end)
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

    /// <summary>An ADO.NET key: letters, digits, spaces and a few marks, starting with a letter.</summary>
    private static bool IsKey(string text, int start, int end)
    {
        if (end <= start || !char.IsLetter(text[start]))
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (!(char.IsLetterOrDigit(c) || c is ' ' or '_' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A value up to the next ';', or a quoted value (with doubled quotes inside); false when a quote is not closed.</summary>
    private static bool TryReadValue(string text, int position, out int start, out int end, out int next)
    {
        start = SkipWhitespace(text, position, text.Length);
        if (start < text.Length && text[start] is '\'' or '"')
        {
            var quote = text[start];
            var i = start + 1;
            while (i < text.Length)
            {
                if (text[i] == quote)
                {
                    if (i + 1 < text.Length && text[i + 1] == quote)
                    {
                        i += 2;
                        continue;
                    }

                    break;
                }

                i++;
            }

            if (i >= text.Length)
            {
                end = next = text.Length;
                return false;
            }

            end = i;
            start++;
            var after = text.IndexOf(';', i);
            next = after < 0 ? text.Length : after + 1;
            return true;
        }

        var semicolon = text.IndexOf(';', position);
        var valueEnd = semicolon < 0 ? text.Length : semicolon;
        end = TrimEnd(text, start, valueEnd);
        next = semicolon < 0 ? text.Length : semicolon + 1;
        return true;
    }

    private static bool IsDigitsOrHole(string text, int start, int end)
    {
        if (end <= start)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (!(char.IsDigit(text[i]) || text[i] == PartialText.Hole))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHoleOnly(string text, int start, int end)
    {
        var trimmedEnd = TrimEnd(text, start, end);
        for (var i = start; i < trimmedEnd; i++)
        {
            if (text[i] != PartialText.Hole)
            {
                return false;
            }
        }

        return trimmedEnd > start;
    }

    private static int SkipWhitespace(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
