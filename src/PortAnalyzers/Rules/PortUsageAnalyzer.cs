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
/// policy finds (PORT001-PORT005, PORT008), the same port bound twice in a group (PORT009, found apart by
/// <see cref="DuplicateBindingDetector"/>), and invalid options (PORT010). Connection strings are read wherever
/// strings are written.
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
        Descriptors.TargetInDynamicRange,
        Descriptors.BrowserBlockedPort,
    }.ToImmutableDictionary(d => d.Id);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ById.Values.ToImmutableArray().Add(Descriptors.DuplicateBinding).Add(Descriptors.InvalidOption);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(AnalyzerDefaults.GeneratedCode);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var policies = new PolicyProvider(context.Options.AnalyzerConfigOptionsProvider);
        var symbols = KnownTypes.Instance;
        var values = new ValueResolver(context.Compilation);
        var network = new NetworkValues(symbols, values);

        // Once per file: the invalid options that apply to it, and the connection strings written in it, recognised
        // by their content whatever API (if any) they end up in.
        context.RegisterSemanticModelAction(file =>
        {
            var tree = file.SemanticModel.SyntaxTree;
            var policy = policies.For(tree);
            PolicyProvider.ReportProblems(policy, Location.Create(tree, new TextSpan(0, 0)), file.ReportDiagnostic);

            var collector = new UsageCollector(symbols, values, network, file.CancellationToken);
            foreach (var (str, endpoints) in WrittenConnectionStrings.In(file.SemanticModel, file.CancellationToken))
            {
                foreach (var endpoint in endpoints)
                {
                    collector.AddConnectionEndpoint(endpoint, str.GetLocation(), origin: null);
                }
            }

            if (collector.Usages.Count > 0)
            {
                Report(collector.Usages, policy, file.ReportDiagnostic);
            }
        });

        var apis = PortApis.Instance;
        context.RegisterOperationAction(
            operation =>
            {
                if (!apis.MayBeUsage(operation.Operation))
                {
                    return;
                }

                var collector = new UsageCollector(symbols, values, network, operation.CancellationToken);
                if (operation.Operation is IObjectCreationOperation creation)
                {
                    SocketUsageExtractor.Extract(creation, collector);
                    ClientTargetExtractor.Extract(creation, collector);
                    ConnectionStringExtractor.Extract(creation, collector);
                }
                else if (operation.Operation is IInvocationOperation invocation)
                {
                    SocketUsageExtractor.Extract(invocation, collector);
                    HttpServerUsageExtractor.Extract(invocation, collector);
                    ClientTargetExtractor.Extract(invocation, collector);
                    ConnectionStringExtractor.Extract(invocation, collector);
                    DuplicateBindingDetector.Analyze(invocation, collector, operation.ReportDiagnostic);
                }
                else if (operation.Operation is ISimpleAssignmentOperation assignment)
                {
                    ConnectionStringExtractor.Extract(assignment, collector);
                }

                // Almost no call is a port usage: look the file's policy up only when there is one to judge.
                if (collector.Usages.Count > 0)
                {
                    Report(collector.Usages, policies.For(operation.Operation.Syntax.SyntaxTree), operation.ReportDiagnostic);
                }
            },
            OperationKind.ObjectCreation,
            OperationKind.Invocation,
            OperationKind.SimpleAssignment);
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
