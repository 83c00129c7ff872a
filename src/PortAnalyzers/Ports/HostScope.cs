namespace PortAnalyzers.Ports;

/// <summary>Which addresses a binding covers.</summary>
internal enum HostScope
{
    /// <summary>The host is not known at compile time.</summary>
    Unknown,

    /// <summary><c>0.0.0.0</c>, <c>::</c>, <c>*</c>, <c>+</c>: every interface of the machine.</summary>
    AllInterfaces,

    /// <summary><c>localhost</c>, <c>127.x.x.x</c>, <c>::1</c>: reachable only from the machine itself.</summary>
    Loopback,

    /// <summary>One address or host name that is not loopback.</summary>
    Specific,
}
