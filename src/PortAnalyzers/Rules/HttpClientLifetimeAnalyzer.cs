using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PortAnalyzers.Code;

namespace PortAnalyzers.Rules;

/// <summary>
/// PORT006: an HttpClient created for a single call or request. Silent in test projects (short-lived processes)
/// and in the browser (no sockets).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HttpClientLifetimeAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableDictionary<string, string?> Shareable =
        ImmutableDictionary<string, string?>.Empty.Add(FixProperties.CanShareStatic, "true");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.HttpClientPerOperation);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;
        if (HttpClientSymbols.Create(compilation) is not { } symbols
            || ProjectTraits.IsTestProject(compilation)
            || ProjectTraits.RunsInBrowser(compilation, context.Options.AnalyzerConfigOptionsProvider.GlobalOptions))
        {
            return;
        }

        var lifetime = new HttpClientLifetime(symbols);
        context.RegisterOperationAction(
            operation =>
            {
                var creation = (IObjectCreationOperation)operation.Operation;
                if (lifetime.Classify(creation, operation.ContainingSymbol, operation.CancellationToken) is { } client)
                {
                    operation.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.HttpClientPerOperation,
                        creation.Syntax.GetLocation(),
                        client.CanShareStatic ? Shareable : null,
                        client.Holder,
                        client.Span));
                }
            },
            OperationKind.ObjectCreation);
    }
}
