using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>A port usage found in code: the usage, where to report it, and where its value was written.</summary>
/// <param name="Usage">What the policy judges.</param>
/// <param name="HostName">The host as written (a name or an address), empty when unknown; bindings compare it.</param>
/// <param name="Location">Where the usage is reported.</param>
/// <param name="Origin">The declaration the value came from, when it is not at <paramref name="Location"/>.</param>
/// <param name="Fix">What a code fix may do here, made into <see cref="Properties"/> when the usage is reported.</param>
/// <param name="OtherArms">
/// For a conditional whose arms are all known (<c>isDev ? 5000 : 50000</c>), the usages of the other arms: only a rule
/// every arm breaks is reported.
/// </param>
internal readonly record struct CodeUsage(PortUsage Usage, string HostName, Location Location, Location? Origin, FixHints Fix, ImmutableArray<PortUsage> OtherArms = default)
{
    /// <summary>The binding it claims; a conditional's is not known, so it overlaps nothing.</summary>
    public Binding Binding => new(HostName, OtherArms.IsDefaultOrEmpty ? Usage.Host : HostScope.Unknown, Usage.Port);

    /// <summary>What the code fixes need to know (see <see cref="FixProperties"/>), for a diagnostic at this usage.</summary>
    public ImmutableDictionary<string, string?> Properties => Fix.PropertiesFor(Usage.Port);
}

/// <summary>
/// What a code fix may do at a usage, kept as two flags until the usage is reported: most usages are not, and the
/// properties' dictionary and the port's text were most of what a usage allocated.
/// </summary>
/// <param name="AcceptsPortZero">The API accepts port 0 and the port is written in the call, so a fix may write 0.</param>
/// <param name="IsBindCall">The usage is a <c>Socket.Bind</c> call, which a fix may remove.</param>
internal readonly record struct FixHints(bool AcceptsPortZero, bool IsBindCall)
{
    /// <summary>Neither port 0 nor removing the call: a fix may only write another port.</summary>
    public static FixHints None => default;

    public ImmutableDictionary<string, string?> PropertiesFor(long port)
    {
        var properties = ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Port, port.ToString(CultureInfo.InvariantCulture));
        if (AcceptsPortZero)
        {
            properties = properties.Add(FixProperties.AcceptsPortZero, "true");
        }

        return IsBindCall ? properties.Add(FixProperties.IsBindCall, "true") : properties;
    }
}
