namespace PortAnalyzers.Config.Containers;

/// <summary>
/// A port inside a container as Docker writes it in <c>EXPOSE</c>, compose <c>expose</c> and mappings, and
/// <c>ContainerPort</c> items: <c>8080</c>, <c>8000-8010</c>, each optionally followed by <c>/tcp</c>, <c>/udp</c> or <c>/sctp</c>.
/// </summary>
internal static class ContainerPortText
{
    public static bool TryParse(string text, out long low, out long high, out string protocol)
    {
        low = high = 0;
        protocol = "tcp";
        var slash = text.IndexOf('/');
        var ports = slash < 0 ? text : text.Substring(0, slash);
        if (slash >= 0)
        {
            protocol = text.Substring(slash + 1).ToLowerInvariant();
            if (protocol is not ("tcp" or "udp" or "sctp"))
            {
                return false;
            }
        }

        var dash = ports.IndexOf('-');
        if (dash < 0)
        {
            var single = TryParseNumber(ports, out low);
            high = low;
            return single;
        }

        return TryParseNumber(ports.Substring(0, dash), out low) && TryParseNumber(ports.Substring(dash + 1), out high) && low <= high;
    }

    /// <summary>Digits only, at most ten of them: a larger number is no port either way, and PORT004 shows it.</summary>
    public static bool TryParseNumber(string text, out long value)
    {
        value = 0;
        if (text.Length == 0 || text.Length > 10)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
