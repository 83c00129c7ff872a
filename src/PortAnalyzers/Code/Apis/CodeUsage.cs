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
