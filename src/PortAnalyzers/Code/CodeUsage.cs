using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>A port usage found in code: the usage, where to report it, and where its value was written.</summary>
internal readonly struct CodeUsage
{
    public CodeUsage(PortUsage usage, Location location, Location? origin, ImmutableDictionary<string, string?> properties)
    {
        Usage = usage;
        Location = location;
        Origin = origin;
        Properties = properties;
    }

    public PortUsage Usage { get; }

    public Location Location { get; }

    /// <summary>The declaration the value came from, when it is not at <see cref="Location"/>.</summary>
    public Location? Origin { get; }

    /// <summary>What the code fixes need to know (see <see cref="FixProperties"/>).</summary>
    public ImmutableDictionary<string, string?> Properties { get; }
}

/// <summary>Keys of the diagnostic properties the code fixes read.</summary>
public static class FixProperties
{
    /// <summary>The port the diagnostic is about.</summary>
    public const string Port = "Port";

    /// <summary>Set when the API accepts port 0 (the OS picks); a fix may then write 0.</summary>
    public const string AcceptsPortZero = "AcceptsPortZero";

    /// <summary>Set on PORT002 for <c>Socket.Bind</c> calls, which a fix may remove.</summary>
    public const string IsBindCall = "IsBindCall";
}
