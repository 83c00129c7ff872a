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

    /// <summary>A test container publishes its port on this port of the machine (Testcontainers' port binding).</summary>
    TestContainerHostPort,
}

/// <summary>One use of a known port, from code or from a configuration file; the policy judges it.</summary>
/// <param name="Role">What the port is used for.</param>
/// <param name="Host">Which interfaces or hosts it concerns.</param>
/// <param name="Port">The port, possibly outside 0-65535 (PORT004).</param>
/// <param name="Scheme">The URL scheme (lower case) for URL-based usages; null for raw sockets and connection strings without one.</param>
internal readonly record struct PortUsage(PortRole Role, HostScope Host, long Port, string? Scheme = null)
{
    public bool IsHttp => Scheme is "http" or "https" or "ws" or "wss";
}
