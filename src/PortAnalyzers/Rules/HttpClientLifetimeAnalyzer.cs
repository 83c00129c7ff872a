using System;
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
public sealed class HttpClientLifetimeAnalyzer : PortAnalyzersAnalyzer
{
    private static readonly ImmutableDictionary<string, string?> Shareable =
        ImmutableDictionary<string, string?>.Empty.Add(FixProperties.CanShareStatic, "true");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.HttpClientPerOperation);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;
        var globalOptions = context.Options.AnalyzerConfigOptionsProvider.GlobalOptions;

        // Read once an HttpClient is created, so that a project without one never binds its references for this.
        var exempt = new Lazy<bool>(() => ProjectTraits.IsTestProject(compilation) || ProjectTraits.RunsInBrowser(compilation, globalOptions));
        var types = HttpClientTypes.Instance;
        var lifetime = new HttpClientLifetime(types);
        context.RegisterOperationAction(
            operation =>
            {
                // The type first, on the plain IOperation: a cast to the operation's interface costs more, on every creation.
                if (!types.IsHttpClient(operation.Operation.Type) || exempt.Value)
                {
                    return;
                }

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
