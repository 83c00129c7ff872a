using System.Collections.Generic;
using static PortAnalyzers.Ports.ConnectionStringText;

namespace PortAnalyzers.Ports;

/// <summary>
/// A StackExchange.Redis configuration, <c>host:port[,host:port][,option=value…]</c>, as passed to
/// <c>ConnectionMultiplexer.Connect</c>: comma-separated endpoints and options.
/// </summary>
internal static class RedisConfiguration
{
    /// <summary>The endpoints with a port of text known to be a Redis configuration, where a bare host list counts; null when it is not one.</summary>
    public static List<ConnectionEndpoint>? Read(string text) => ReadItems(text, out _);

    /// <summary>As <see cref="Read"/> for text of unknown purpose, which only a known option shows to be a Redis configuration.</summary>
    public static List<ConnectionEndpoint>? ReadIfItNamesAnOption(string text)
        => ReadItems(text, out var namesOption) is { } endpoints && namesOption ? endpoints : null;

    /// <summary>The endpoints with a port; null when an item is neither an endpoint nor an option. <paramref name="namesOption"/>: one option is a StackExchange.Redis option.</summary>
    private static List<ConnectionEndpoint>? ReadItems(string text, out bool namesOption)
    {
        namesOption = false;
        var endpoints = new List<ConnectionEndpoint>();
        foreach (var (start, end) in CommaItems(text, 0, text.Length))
        {
            if (end <= start)
            {
                continue;
            }

            var equals = text.IndexOf('=', start, end - start);
            if (equals >= 0)
            {
                var key = text.Substring(start, equals - start).Trim();
                if (!IsKey(key, 0, key.Length))
                {
                    return null;
                }

                namesOption |= ConnectionStringVocabulary.IsRedisOption(key);
            }
            else if (!HostPortList.TryReadItem(text, start, end, scheme: null, endpoints))
            {
                return null;
            }
        }

        return endpoints;
    }
}
