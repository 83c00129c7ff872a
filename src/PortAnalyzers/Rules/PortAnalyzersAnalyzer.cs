using Microsoft.CodeAnalysis.Diagnostics;

namespace PortAnalyzers.Rules;

/// <summary>What every analyzer of the package asks of the driver, besides concurrent execution.</summary>
internal static class AnalyzerDefaults
{
    /// <summary>
    /// Generated code is not analyzed. Every diagnostic is reported at the code being analyzed, so the driver is not
    /// asked to filter them again (<c>ReportDiagnostics</c> rather than <c>None</c>): filtering makes it walk every
    /// token of each file with a finding for <c>GeneratedCode</c> attributes, inside the reporting callback.
    /// </summary>
    public const GeneratedCodeAnalysisFlags GeneratedCode = GeneratedCodeAnalysisFlags.ReportDiagnostics;
}
