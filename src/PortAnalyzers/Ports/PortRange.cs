namespace PortAnalyzers.Ports;

/// <summary>An inclusive range of port numbers.</summary>
internal readonly struct PortRange
{
    public PortRange(int low, int high)
    {
        Low = low;
        High = high;
    }

    public int Low { get; }

    public int High { get; }

    public bool Contains(long port) => port >= Low && port <= High;

    public override string ToString() => Low == High ? Low.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Low}-{High}";
}
