using System.Collections.Generic;

namespace PortAnalyzers.Ports;

/// <summary>A semicolon list of bare ports, as <c>ASPNETCORE_HTTP_PORTS</c> and <c>http_ports</c> take them.</summary>
internal static class PortList
{
    /// <summary>Each item that is a port, with where its digits stand in <paramref name="text"/>; other items are skipped.</summary>
    public static List<(long Port, int Start, int Length)> Parse(string text)
    {
        var ports = new List<(long, int, int)>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf(';', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var itemStart = start;
            var itemEnd = end;
            while (itemStart < itemEnd && char.IsWhiteSpace(text[itemStart]))
            {
                itemStart++;
            }

            while (itemEnd > itemStart && char.IsWhiteSpace(text[itemEnd - 1]))
            {
                itemEnd--;
            }

            if (EndpointUrl.TryParsePort(text, itemStart, itemEnd - itemStart, out var port) && port is { } value)
            {
                ports.Add((value, itemStart, itemEnd - itemStart));
            }

            start = end + 1;
        }

        return ports;
    }
}
