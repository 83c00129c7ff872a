using System;
using System.Collections.Immutable;

namespace PortAnalyzers.Ports;

/// <summary>The <c>port_analyzers.*</c> options of one file, parsed, with the problems found in their values.</summary>
internal sealed class PortOptions
{
    public const string DynamicPortRangeKey = "port_analyzers.dynamic_port_range";
    public const string AllowedPortsKey = "port_analyzers.allowed_ports";

    /// <summary>The MSBuild property <c>PortAnalyzersDynamicPortRange</c>, as the compiler sees it.</summary>
    public const string DynamicPortRangeProperty = "build_property.PortAnalyzersDynamicPortRange";

    public static readonly PortOptions Default = new(DynamicPortRange.Iana, PortRangeSet.Empty, ImmutableArray<OptionProblem>.Empty);

    private PortOptions(PortRangeSet dynamicRange, PortRangeSet allowedPorts, ImmutableArray<OptionProblem> problems)
    {
        DynamicRange = dynamicRange;
        AllowedPorts = allowedPorts;
        Problems = problems;
    }

    public PortRangeSet DynamicRange { get; }

    public PortRangeSet AllowedPorts { get; }

    /// <summary>Values that could not be parsed; the defaults are used in their place.</summary>
    public ImmutableArray<OptionProblem> Problems { get; }

    /// <summary>Reads the options through <paramref name="lookup"/>, which returns null for a key that is not set.</summary>
    public static PortOptions Parse(Func<string, string?> lookup)
    {
        var problems = ImmutableArray<OptionProblem>.Empty;
        var dynamicRange = DynamicPortRange.Iana;
        var allowed = PortRangeSet.Empty;

        var rangeKey = DynamicPortRangeKey;
        var rangeText = lookup(DynamicPortRangeKey);
        if (IsBlank(rangeText))
        {
            rangeKey = "PortAnalyzersDynamicPortRange";
            rangeText = lookup(DynamicPortRangeProperty);
        }

        if (!IsBlank(rangeText) && !DynamicPortRange.TryParse(rangeText!, out dynamicRange))
        {
            dynamicRange = DynamicPortRange.Iana;
            problems = problems.Add(new OptionProblem(rangeKey, rangeText!, "expected iana, windows, linux or ranges such as 49152-65535"));
        }

        var allowedText = lookup(AllowedPortsKey);
        if (!IsBlank(allowedText) && !PortRangeSet.TryParse(allowedText!, out allowed))
        {
            allowed = PortRangeSet.Empty;
            problems = problems.Add(new OptionProblem(AllowedPortsKey, allowedText!, "expected ports and ranges between 0 and 65535 such as 50051, 60100-60110"));
        }

        return problems.IsEmpty && ReferenceEquals(dynamicRange, DynamicPortRange.Iana) && allowed.Ranges.IsEmpty
            ? Default
            : new PortOptions(dynamicRange, allowed, problems);
    }

    private static bool IsBlank(string? text) => text is null || text.Trim().Length == 0;
}

/// <summary>An option whose value could not be parsed, and what it expects.</summary>
internal readonly record struct OptionProblem(string Key, string Value, string Expected);
