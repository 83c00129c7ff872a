using System;
using System.Collections.Generic;
using static PortAnalyzers.Ports.ConnectionStringText;

namespace PortAnalyzers.Ports;

/// <summary>
/// An ADO.NET connection string, <c>key=value;key=value</c> with a host or port key among its pairs, and the value of
/// a host key on its own: SQL Server's <c>[tcp:]host[\instance],port</c>, or <c>host:port</c> items separated by
/// commas (Npgsql multi-host, Oracle's <c>host:port/service</c>).
/// </summary>
internal static class AdoConnectionString
{
    /// <summary>The endpoints with a port of text known to be a connection string, where one pair counts; null when it is not one.</summary>
    public static List<ConnectionEndpoint>? Read(string text) => ReadPairs(text, out _);

    /// <summary>As <see cref="Read"/> for text of unknown purpose, which only two pairs or more show to be a connection string.</summary>
    public static List<ConnectionEndpoint>? ReadIfItHasTwoPairsOrMore(string text)
        => ReadPairs(text, out var pairs) is { } endpoints && pairs >= 2 ? endpoints : null;

    /// <summary>The value of a host key on its own (<c>builder.DataSource = "db,50000"</c>).</summary>
    public static List<ConnectionEndpoint> ReadHostValue(string value)
    {
        var endpoints = new List<ConnectionEndpoint>();
        var start = SkipWhitespace(value, 0, value.Length);
        AddHostValue(value, start, TrimEnd(value, start, value.Length), endpoints);
        return endpoints;
    }

    /// <summary>
    /// The endpoints with a port when every segment is a pair (or a part not known at compile time) and a host or port
    /// key is among them; null otherwise. A <c>Port</c> key applies to the hosts written without their own port.
    /// </summary>
    private static List<ConnectionEndpoint>? ReadPairs(string text, out int pairs)
    {
        pairs = 0;
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
                    return null;
                }

                position = end + 1;
                continue;
            }

            var keyEnd = TrimEnd(text, segmentStart, equals);
            if (!IsKey(text, segmentStart, keyEnd) || !TryReadValue(text, equals + 1, out var valueStart, out var valueEnd, out var next))
            {
                return null;
            }

            pairs++;
            var key = text.Substring(segmentStart, keyEnd - segmentStart);
            if (ConnectionStringVocabulary.IsHostKey(key))
            {
                hasHostOrPort = true;
                hostValue = (valueStart, valueEnd);
            }
            else if (ConnectionStringVocabulary.IsPortKey(key))
            {
                hasHostOrPort = true;
                portValue = (valueStart, valueEnd);
            }

            position = next;
        }

        if (!hasHostOrPort)
        {
            return null;
        }

        var hostEndpoints = new List<ConnectionEndpoint>();
        var host = hostValue.Start >= 0 ? AddHostValue(text, hostValue.Start, hostValue.End, hostEndpoints) : string.Empty;
        var endpoints = new List<ConnectionEndpoint>();
        if (portValue.Start >= 0)
        {
            HostPortList.AddIfPortKnown(text, host, scheme: null, portValue.Start, portValue.End, endpoints);
        }

        endpoints.AddRange(hostEndpoints);
        return endpoints;
    }

    /// <summary>Adds the endpoints with a port of a host key's value; returns the first host it names.</summary>
    private static string AddHostValue(string text, int start, int end, List<ConnectionEndpoint> endpoints)
    {
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
                var host = text.Substring(start, (backslash < 0 ? hostEnd : backslash) - start);
                HostPortList.AddIfPortKnown(text, host, scheme: null, portStart, portEnd, endpoints);
                return host;
            }
        }

        var endOfHosts = text.IndexOf('/', start, end - start) is var slash and >= 0 ? slash : end;
        if (HostPortList.Read(text, start, endOfHosts, scheme: null) is { } items)
        {
            endpoints.AddRange(items);
        }

        var firstEnd = text.IndexOf(',', start, endOfHosts - start) is var c and >= 0 ? c : endOfHosts;
        var colon = HostPortList.ColonOf(text, start, firstEnd);
        return text.Substring(start, (colon < 0 ? firstEnd : colon) - start).Trim();
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
}
