namespace PortAnalyzers.Ports;

/// <summary>What a port is used for.</summary>
internal enum PortRole
{
    /// <summary>A server accepts connections or datagrams on the port.</summary>
    Listen,

    /// <summary>A client fixes the local (source) port of its outgoing connection.</summary>
    ClientSource,

    /// <summary>A client connects to the port of another service.</summary>
    ClientTarget,
}

/// <summary>One use of a known port, from code or from a configuration file; the policy judges it.</summary>
internal readonly struct PortUsage
{
    public PortUsage(PortRole role, HostScope host, long port, string? scheme = null)
    {
        Role = role;
        Host = host;
        Port = port;
        Scheme = scheme;
    }

    public PortRole Role { get; }

    public HostScope Host { get; }

    public long Port { get; }

    /// <summary>The URL scheme (lower case) for URL-based usages; null for raw sockets and connection strings without one.</summary>
    public string? Scheme { get; }

    public bool IsHttp => Scheme is "http" or "https" or "ws" or "wss";
}
