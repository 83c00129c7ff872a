using System.Collections.Immutable;
using System.Globalization;

namespace PortAnalyzers.Ports;

/// <summary>A list of ports and port ranges, as written in options: <c>50051, 60100-60110</c>.</summary>
internal sealed class PortRangeSet
{
    public static readonly PortRangeSet Empty = new(ImmutableArray<PortRange>.Empty);

    public PortRangeSet(ImmutableArray<PortRange> ranges) => Ranges = ranges;

    public ImmutableArray<PortRange> Ranges { get; }

    public bool Contains(long port)
    {
        foreach (var range in Ranges)
        {
            if (range.Contains(port))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => string.Join(", ", Ranges);

    /// <summary>Parses <c>PORT</c> and <c>LOW-HIGH</c> items separated by commas, semicolons or spaces.</summary>
    public static bool TryParse(string text, out PortRangeSet set) => TryParse(text, rangesOnly: false, out set);

    /// <summary>
    /// Parses <c>LOW-HIGH</c> items only: a range of ephemeral ports is never a single port, and <c>32768 60999</c>
    /// (the way <c>sysctl</c> prints Linux's range) must not pass as the two ports 32768 and 60999.
    /// </summary>
    public static bool TryParseRanges(string text, out PortRangeSet set) => TryParse(text, rangesOnly: true, out set);

    private static bool TryParse(string text, bool rangesOnly, out PortRangeSet set)
    {
        set = Empty;
        var items = text.Split(new[] { ',', ';', ' ', '\t' }, System.StringSplitOptions.RemoveEmptyEntries);
        if (items.Length == 0)
        {
            return false;
        }

        var builder = ImmutableArray.CreateBuilder<PortRange>(items.Length);
        foreach (var item in items)
        {
            if ((rangesOnly && item.IndexOf('-', 1) < 0) || !TryParseItem(item, out var range))
            {
                return false;
            }

            builder.Add(range);
        }

        set = new PortRangeSet(builder.MoveToImmutable());
        return true;
    }

    private static bool TryParseItem(string item, out PortRange range)
    {
        range = default;
        var dash = item.IndexOf('-', 1);
        if (dash < 0)
        {
            if (!TryParsePort(item, out var port))
            {
                return false;
            }

            range = new PortRange(port, port);
            return true;
        }

        if (!TryParsePort(item.Substring(0, dash), out var low) || !TryParsePort(item.Substring(dash + 1), out var high) || low > high)
        {
            return false;
        }

        range = new PortRange(low, high);
        return true;
    }

    private static bool TryParsePort(string text, out int port)
        => int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out port) && PortNumber.IsValid(port);
}
