namespace PortAnalyzers.Ports;

/// <summary>The IANA ranges of a 16-bit port number.</summary>
internal static class PortNumber
{
    public const int Max = 65535;

    /// <summary>Port 0 asks the operating system to choose a free port; no rule ever reports it.</summary>
    public const int OsAssigned = 0;

    public static readonly PortRange WellKnown = new(0, 1023);
    public static readonly PortRange Registered = new(1024, 49151);
    public static readonly PortRange IanaDynamic = new(49152, Max);

    public static bool IsValid(long port) => port >= 0 && port <= Max;

    /// <summary>Well-known ports other than 0: the ones that need privileges to listen on.</summary>
    public static bool IsPrivileged(long port) => port >= 1 && port <= WellKnown.High;
}
