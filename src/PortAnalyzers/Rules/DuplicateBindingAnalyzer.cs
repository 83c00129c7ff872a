using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PortAnalyzers.Code;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Rules;

/// <summary>
/// PORT009: two bindings that start together claim the same port. A group is one <c>UseUrls</c> call, one lambda
/// that configures <c>KestrelServerOptions</c>, or the <c>Urls.Add</c> calls on one app in one method. HttpListener
/// prefixes are never grouped: http.sys shares a port between prefixes.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateBindingAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DuplicateBinding);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var symbols = KnownSymbols.Create(context.Compilation);
        if (symbols.KestrelServerOptions is null && symbols.WebApplication is null && symbols.WebHostBuilderExtensions is null)
        {
            return;
        }

        var values = new ValueResolver(context.Compilation);
        var network = new NetworkValues(symbols, values);
        context.RegisterOperationAction(
            operation =>
            {
                var invocation = (IInvocationOperation)operation.Operation;
                if (invocation.TargetMethod.Name is not ("UseUrls" or "Add"))
                {
                    return;
                }

                var collector = new UsageCollector(symbols, values, network, operation.CancellationToken);
                if (invocation.TargetMethod.Name == "UseUrls" && KnownSymbols.Is(invocation.TargetMethod.ContainingType, symbols.WebHostBuilderExtensions))
                {
                    var group = new List<(Binding, Location)>();
                    foreach (var url in HttpServerUsageExtractor.UseUrlsArguments(invocation))
                    {
                        AddUrls(url, collector, group);
                    }

                    Report(group, operation.ReportDiagnostic);
                }
                else if (HttpServerUsageExtractor.IsWebApplicationUrlsAdd(invocation, symbols))
                {
                    ReportUrlsAdd(invocation, collector, operation.ReportDiagnostic);
                }
            },
            OperationKind.Invocation);

        if (symbols.KestrelServerOptions is not null)
        {
            context.RegisterOperationAction(
                operation =>
                {
                    var lambda = (IAnonymousFunctionOperation)operation.Operation;
                    if (ConfiguresKestrel(lambda.Symbol, symbols))
                    {
                        var collector = new UsageCollector(symbols, values, network, operation.CancellationToken);
                        Report(KestrelBindings(lambda, collector), operation.ReportDiagnostic);
                    }
                },
                OperationKind.AnonymousFunction);
        }
    }

    /// <summary>Reports the <c>Urls.Add</c> call <paramref name="invocation"/> when an earlier one on the same app in this method holds its port.</summary>
    private static void ReportUrlsAdd(IInvocationOperation invocation, UsageCollector collector, System.Action<Diagnostic> report)
    {
        var urls = (IPropertyReferenceOperation)ValueResolver.Unwrap(invocation.Instance)!;
        var app = OperationFacts.ReferencedSymbol(urls.Instance);
        if (app is null)
        {
            return;
        }

        var group = new List<(Binding, Location)>();
        var (ownStart, ownEnd) = (0, 0);
        foreach (var descendant in OperationFacts.Root(invocation).Descendants())
        {
            collector.CancellationToken.ThrowIfCancellationRequested();
            if (descendant is IInvocationOperation add && HttpServerUsageExtractor.IsWebApplicationUrlsAdd(add, collector.Symbols)
                && SymbolEqualityComparer.Default.Equals(OperationFacts.ReferencedSymbol(((IPropertyReferenceOperation)ValueResolver.Unwrap(add.Instance)!).Instance), app))
            {
                var before = group.Count;
                AddUrls(add.Arguments[0].Value, collector, group);
                if (add == invocation)
                {
                    (ownStart, ownEnd) = (before, group.Count);
                }
            }
        }

        foreach (var (index, earlier) in DuplicateBindings.Find(group.ConvertAll(b => b.Item1)))
        {
            // Each call reports only its own bindings, so a duplicate is reported once however many calls see it.
            if (index >= ownStart && index < ownEnd)
            {
                report(Create(group[index].Item1, group[index].Item2, group[earlier].Item2));
            }
        }
    }

    private static void AddUrls(IOperation urls, UsageCollector collector, List<(Binding, Location)> group)
    {
        foreach (var (url, _) in collector.Urls(urls))
        {
            group.Add((new Binding(url.Host, url.HostScope, url.Port!.Value), urls.Syntax.GetLocation()));
        }
    }

    /// <summary>The Kestrel <c>Listen*</c> calls in the lambda, in source order.</summary>
    private static List<(Binding, Location)> KestrelBindings(IAnonymousFunctionOperation lambda, UsageCollector collector)
    {
        foreach (var descendant in lambda.Body.Descendants())
        {
            collector.CancellationToken.ThrowIfCancellationRequested();
            if (descendant is IInvocationOperation invocation && HttpServerUsageExtractor.IsKestrelListen(invocation, collector.Symbols))
            {
                HttpServerUsageExtractor.Extract(invocation, collector);
            }
        }

        // The collector knows the scope of an address but not its text: two specific addresses are not compared.
        return collector.Usages.ConvertAll(usage => (
            new Binding(string.Empty, usage.Usage.Host == HostScope.Specific ? HostScope.Unknown : usage.Usage.Host, usage.Usage.Port),
            usage.Location));
    }

    private static bool ConfiguresKestrel(IMethodSymbol lambda, KnownSymbols symbols)
    {
        foreach (var parameter in lambda.Parameters)
        {
            if (KnownSymbols.Is(parameter.Type, symbols.KestrelServerOptions))
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(List<(Binding Binding, Location Location)> group, System.Action<Diagnostic> report)
    {
        if (group.Count < 2)
        {
            return;
        }

        foreach (var (index, earlier) in DuplicateBindings.Find(group.ConvertAll(b => b.Binding)))
        {
            report(Create(group[index].Binding, group[index].Location, group[earlier].Location));
        }
    }

    private static Diagnostic Create(Binding binding, Location location, Location earlier)
    {
        var line = (earlier.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture);
        return Diagnostic.Create(Descriptors.DuplicateBinding, location, new[] { earlier }, binding.Port, line);
    }
}
