namespace PortAnalyzers.Ports;

/// <summary>One server endpoint named in a connection string, with the port written for it.</summary>
internal readonly struct ConnectionEndpoint
{
    public ConnectionEndpoint(string host, long port, string? scheme, int portStart, int portLength)
    {
        Host = host;
        Port = port;
        Scheme = scheme;
        PortStart = portStart;
        PortLength = portLength;
    }

    /// <summary>The host as written; empty when the connection string names no host for the port.</summary>
    public string Host { get; }

    public HostScope HostScope => Hosts.Classify(Host);

    public long Port { get; }

    /// <summary>The URI scheme in lower case; null for <c>key=value</c> and Redis configuration strings.</summary>
    public string? Scheme { get; }

    /// <summary>Where the port's digits stand in the parsed text.</summary>
    public int PortStart { get; }

    public int PortLength { get; }
}
