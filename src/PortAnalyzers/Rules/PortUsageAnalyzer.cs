using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using PortAnalyzers.Code;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Rules;

/// <summary>
/// Ports in C# code: extracts each usage of a port from the APIs in <see cref="WatchedApis"/> and reports what the
/// policy finds (PORT001-PORT005, PORT008, PORT011), the same port bound twice in a group (PORT009), and invalid options
/// (PORT010). Connection strings are read wherever strings are written. The same look at each creation finds the
/// HttpClients created per operation (PORT006): one callback per creation instead of one per analyzer, as every
/// callback of the compilation's thousands costs.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PortUsageAnalyzer : PortAnalyzersAnalyzer
{
    private static readonly ImmutableDictionary<string, string?> Shareable =
        ImmutableDictionary<string, string?>.Empty.Add(FixProperties.CanShareStatic, "true");

    private static readonly ReportedRules Rules = new(
        Descriptors.ListenerInDynamicRange,
        Descriptors.FixedClientSourcePort,
        Descriptors.WellKnownPortExposed,
        Descriptors.InvalidPort,
        Descriptors.TargetInDynamicRange,
        Descriptors.BrowserBlockedPort,
        Descriptors.DuplicateBinding,
        Descriptors.InvalidOption,
        Descriptors.FixedTestContainerHostPort);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Rules.Supported.Add(Descriptors.HttpClientPerOperation);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var policies = new PolicyProvider(context.Options.AnalyzerConfigOptionsProvider);
        var symbols = KnownTypes.Instance;
        var values = new ValueResolver(context.Compilation);
        var addresses = new AddressResolver(symbols, values);
        var httpClients = new ShortLivedHttpClients(context.Compilation, context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
        var testServers = new TestServerHosts(context.Compilation, context.CancellationToken);

        // Once per file: the invalid options that apply to it.
        context.RegisterSyntaxTreeAction(file =>
        {
            foreach (var finding in policies.For(file.Tree).OptionFindings)
            {
                file.ReportDiagnostic(Rules.Create(finding, Location.Create(file.Tree, new TextSpan(0, 0)))!);
            }
        });

        // Connection strings, recognised by their content wherever they are written, whatever API (if any) they reach.
        context.RegisterSyntaxNodeAction(
            node =>
            {
                if (WrittenConnectionStrings.At((ExpressionSyntax)node.Node) is not { } written)
                {
                    return;
                }

                var collector = new UsageCollector(symbols, values, addresses, node.CancellationToken);
                foreach (var endpoint in written.Endpoints)
                {
                    collector.AddConnectionEndpoint(endpoint, written.Whole.GetLocation(), origin: null);
                }

                var diagnostics = new List<Diagnostic>();
                Report(collector.Usages, policies.For(written.Whole.SyntaxTree), diagnostics.Add);
                if (diagnostics.Count > 0 && !WrittenConnectionStrings.IsInGeneratedCode(node.SemanticModel, written.Whole, node.CancellationToken))
                {
                    diagnostics.ForEach(node.ReportDiagnostic);
                }
            },
            WrittenConnectionStrings.StringKinds);

        // One action per kind, each asking the index for its kind: almost no operation is a watched API, and the
        // index says so on its name before any type is compared.
        var index = WatchedApiIndex.Instance;
        context.RegisterOperationAction(operation => Analyze(operation, index.Candidates((IInvocationOperation)operation.Operation)), OperationKind.Invocation);
        context.RegisterOperationAction(
            operation =>
            {
                var creation = (IObjectCreationOperation)operation.Operation;

                // Read once for both looks: the first read of a symbol's name is most of what a look at it costs.
                var createdTypeName = creation.Type?.Name;
                Analyze(operation, index.Candidates(creation, createdTypeName));
                if (httpClients.Find(creation, createdTypeName, operation.ContainingSymbol, operation.CancellationToken) is { } client)
                {
                    operation.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.HttpClientPerOperation, creation.Syntax.GetLocation(), client.CanShareStatic ? Shareable : null, client.Holder, client.Span));
                }
            },
            OperationKind.ObjectCreation);
        context.RegisterOperationAction(operation => Analyze(operation, index.Candidates((ISimpleAssignmentOperation)operation.Operation)), OperationKind.SimpleAssignment);

        void Analyze(in OperationAnalysisContext operation, ImmutableArray<WatchedApi> candidates)
        {
            if (candidates.IsEmpty)
            {
                return;
            }

            UsageCollector? collector = null;
            var group = BindingGroup.None;
            foreach (var api in candidates)
            {
                if (api.AppliesTo(operation.Operation) && !(api.SetsHostServer && testServers.Configure(operation.Operation, operation.ContainingSymbol)))
                {
                    collector ??= new UsageCollector(symbols, values, addresses, operation.CancellationToken);
                    api.Extract(operation.Operation, Arguments(operation.Operation), collector);
                    group = api.Group == BindingGroup.None ? group : api.Group;
                }
            }

            if (collector is null || (collector.Usages.Count == 0 && group == BindingGroup.None))
            {
                return;
            }

            // The file's policy is looked up only when there is something to judge.
            var policy = policies.For(operation.Operation.Syntax.SyntaxTree);
            Report(collector.Usages, policy, operation.ReportDiagnostic);
            if (group != BindingGroup.None)
            {
                ReportDuplicates(group, (IInvocationOperation)operation.Operation, collector, policy, operation.ReportDiagnostic);
            }
        }
    }

    private static ImmutableArray<IArgumentOperation> Arguments(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => invocation.Arguments,
        IObjectCreationOperation creation => creation.Arguments,
        _ => ImmutableArray<IArgumentOperation>.Empty,
    };

    private static void Report(List<CodeUsage> usages, PortPolicy policy, System.Action<Diagnostic> report)
    {
        var findings = new List<PortFinding>();
        var armFindings = new List<PortFinding>();
        foreach (var usage in usages)
        {
            findings.Clear();
            policy.Evaluate(usage.Usage, findings);
            foreach (var arm in usage.OtherArms.IsDefault ? ImmutableArray<PortUsage>.Empty : usage.OtherArms)
            {
                // A conditional reports, once, only what every arm breaks.
                armFindings.Clear();
                policy.Evaluate(arm, armFindings);
                findings.RemoveAll(finding => !armFindings.Exists(other => other.RuleId == finding.RuleId));
            }

            // Made once per usage with a finding: a usage may break two rules, and most break none.
            var properties = findings.Count == 0 ? null : usage.Properties;
            foreach (var finding in findings)
            {
                if (Rules.Create(finding, usage.Location, usage.Origin, properties) is { } diagnostic)
                {
                    report(diagnostic);
                }
            }
        }
    }

    private static void ReportDuplicates(BindingGroup group, IInvocationOperation call, UsageCollector collector, PortPolicy policy, System.Action<Diagnostic> report)
    {
        var duplicates = new List<DuplicateBinding>();
        BindingGroups.FindDuplicates(group, call, collector, policy, duplicates);
        foreach (var duplicate in duplicates)
        {
            report(Rules.Create(duplicate.Finding, duplicate.Location, duplicate.Earlier)!);
        }
    }
}
