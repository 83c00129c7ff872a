using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>A port usage found in code: the usage, where to report it, and where its value was written.</summary>
/// <param name="Usage">What the policy judges.</param>
/// <param name="HostName">The host as written (a name or an address), empty when unknown; bindings compare it.</param>
/// <param name="Location">Where the usage is reported.</param>
/// <param name="Origin">The declaration the value came from, when it is not at <paramref name="Location"/>.</param>
/// <param name="Properties">What the code fixes need to know (see <see cref="FixProperties"/>).</param>
/// <param name="OtherArms">
/// For a conditional whose arms are all known (<c>isDev ? 5000 : 50000</c>), the usages of the other arms: only a rule
/// every arm breaks is reported.
/// </param>
internal readonly record struct CodeUsage(PortUsage Usage, string HostName, Location Location, Location? Origin, ImmutableDictionary<string, string?> Properties, ImmutableArray<PortUsage> OtherArms = default)
{
    /// <summary>The binding it claims; a conditional's is not known, so it overlaps nothing.</summary>
    public Binding Binding => new(HostName, OtherArms.IsDefaultOrEmpty ? Usage.Host : HostScope.Unknown, Usage.Port);
}
