using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Rules;

/// <summary>The rules one analyzer reports, and how the policy's findings become its diagnostics.</summary>
internal sealed class ReportedRules
{
    private readonly ImmutableDictionary<string, DiagnosticDescriptor> byId;

    public ReportedRules(params DiagnosticDescriptor[] descriptors)
    {
        Supported = descriptors.ToImmutableArray();
        byId = Supported.ToImmutableDictionary(d => d.Id);
    }

    public ImmutableArray<DiagnosticDescriptor> Supported { get; }

    /// <summary>The diagnostic of <paramref name="finding"/>, or null for a rule this analyzer does not report.</summary>
    public Diagnostic? Create(in PortFinding finding, Location location, Location? additional = null, ImmutableDictionary<string, string?>? properties = null)
        => byId.TryGetValue(finding.RuleId, out var descriptor)
            ? Diagnostic.Create(descriptor, location, additional is null ? null : new[] { additional }, properties, finding.MessageArgs)
            : null;
}
