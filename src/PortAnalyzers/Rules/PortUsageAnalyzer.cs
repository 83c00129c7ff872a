using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using PortAnalyzers.Code;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Rules;

/// <summary>
/// Ports in C# code: extracts each usage of a port from the socket and HTTP server APIs and reports what the
/// policy finds (PORT001-PORT004), and invalid options (PORT010).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PortUsageAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = new[]
    {
        Descriptors.ListenerInDynamicRange,
        Descriptors.FixedClientSourcePort,
        Descriptors.WellKnownPortExposed,
        Descriptors.InvalidPort,
    }.ToImmutableDictionary(d => d.Id);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ById.Values.ToImmutableArray().Add(Descriptors.InvalidOption);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var policies = new PolicyProvider(context.Options.AnalyzerConfigOptionsProvider);
        context.RegisterSyntaxTreeAction(tree => PolicyProvider.ReportProblems(
            policies.For(tree.Tree), Location.Create(tree.Tree, new TextSpan(0, 0)), tree.ReportDiagnostic));

        var symbols = KnownSymbols.Create(context.Compilation);
        if (symbols.TcpListener is null && symbols.Socket is null && symbols.KestrelServerOptions is null && symbols.WebApplication is null)
        {
            return;
        }

        var values = new ValueResolver(context.Compilation);
        var network = new NetworkValues(symbols, values);
        context.RegisterOperationAction(
            operation =>
            {
                var collector = new UsageCollector(symbols, values, network, operation.CancellationToken);
                if (operation.Operation is IObjectCreationOperation creation)
                {
                    SocketUsageExtractor.Extract(creation, collector);
                }
                else if (operation.Operation is IInvocationOperation invocation)
                {
                    SocketUsageExtractor.Extract(invocation, collector);
                    HttpServerUsageExtractor.Extract(invocation, collector);
                }

                // Almost no call is a port usage: look the file's policy up only when there is one to judge.
                if (collector.Usages.Count > 0)
                {
                    Report(collector.Usages, policies.For(operation.Operation.Syntax.SyntaxTree), operation.ReportDiagnostic);
                }
            },
            OperationKind.ObjectCreation,
            OperationKind.Invocation);
    }

    private static void Report(List<CodeUsage> usages, PortPolicy policy, System.Action<Diagnostic> report)
    {
        var findings = new List<PortFinding>();
        foreach (var usage in usages)
        {
            findings.Clear();
            policy.Evaluate(usage.Usage, findings);
            foreach (var finding in findings)
            {
                if (ById.TryGetValue(finding.RuleId, out var descriptor))
                {
                    var additional = usage.Origin is null ? null : new[] { usage.Origin };
                    report(Diagnostic.Create(descriptor, usage.Location, additional, usage.Properties, finding.MessageArgs));
                }
            }
        }
    }
}
