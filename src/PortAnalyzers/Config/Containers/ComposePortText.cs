using System.Collections.Generic;

namespace PortAnalyzers.Config.Containers;

/// <summary>
/// The short syntax of a compose port: <c>[HOST_IP:][HOST_PORT[-RANGE]:]CONTAINER_PORT[-RANGE][/PROTOCOL]</c>, with
/// IPv6 host addresses in brackets. Without a host port, Docker publishes the container port on a random one.
/// </summary>
internal static class ComposePortText
{
    public static ComposePort? Parse(ConfigText text)
    {
        var value = text.Text;
        var slash = value.LastIndexOf('/');
        var end = slash < 0 ? value.Length : slash;
        var protocol = "tcp";
        if (slash >= 0 && !ContainerPortText.TryParse("0" + value.Substring(slash), out _, out _, out protocol))
        {
            return null;
        }

        var parts = Split(value, end);
        var target = Port(text, parts[parts.Count - 1]);
        if (target is null)
        {
            return null;
        }

        PortSpan? published = null;
        if (parts.Count >= 2 && parts[parts.Count - 2].Length > 0)
        {
            published = Port(text, parts[parts.Count - 2]);
            if (published is null)
            {
                return null;
            }
        }

        var hostIp = string.Empty;
        if (parts.Count >= 3)
        {
            var ipEnd = parts[parts.Count - 2].Start - 1;
            hostIp = value.Substring(0, ipEnd).Trim('[', ']');
        }

        return new ComposePort(target, published, hostIp, protocol);
    }

    private static PortSpan? Port(ConfigText text, (int Start, int Length) part)
    {
        var slice = text.Slice(part.Start, part.Length);
        return ContainerPortText.TryParse(slice.Text, out var low, out var high, out _) ? new PortSpan(low, high, slice) : null;
    }

    /// <summary>The pieces between colons outside brackets, up to <paramref name="end"/>.</summary>
    private static List<(int Start, int Length)> Split(string value, int end)
    {
        var parts = new List<(int, int)>();
        var start = 0;
        var inBrackets = false;
        for (var i = 0; i < end; i++)
        {
            if (value[i] == '[')
            {
                inBrackets = true;
            }
            else if (value[i] == ']')
            {
                inBrackets = false;
            }
            else if (value[i] == ':' && !inBrackets)
            {
                parts.Add((start, i - start));
                start = i + 1;
            }
        }

        parts.Add((start, end - start));
        return parts;
    }
}
