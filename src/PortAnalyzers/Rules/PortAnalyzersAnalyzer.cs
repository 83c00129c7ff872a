using Microsoft.CodeAnalysis.Diagnostics;

namespace PortAnalyzers.Rules;

/// <summary>
/// The set-up every analyzer of the package shares: concurrent execution, no analysis of generated code, and one
/// entry point per compilation, where the analyzer resolves what it needs once and registers its callbacks.
/// </summary>
public abstract class PortAnalyzersAnalyzer : DiagnosticAnalyzer
{
    /// <summary>
    /// Generated code is not analyzed. Every diagnostic is reported at the code being analyzed, so the driver is not
    /// asked to filter them again (<c>ReportDiagnostics</c> rather than <c>None</c>): filtering makes it walk every
    /// token of each file with a finding for <c>GeneratedCode</c> attributes, inside the reporting callback.
    /// </summary>
    private const GeneratedCodeAnalysisFlags GeneratedCode = GeneratedCodeAnalysisFlags.ReportDiagnostics;

    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCode);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private protected abstract void OnCompilationStart(CompilationStartAnalysisContext context);
}
