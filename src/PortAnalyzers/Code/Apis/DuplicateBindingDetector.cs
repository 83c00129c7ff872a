using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>
/// PORT009: two bindings that start together claim the same port. A group is one <c>UseUrls</c> call, one lambda
/// that configures <c>KestrelServerOptions</c>, or the <c>Urls.Add</c> calls on one app in one method; each call
/// reports only its own bindings that an earlier one of its group already holds, so a duplicate is reported once.
/// HttpListener prefixes are never grouped: http.sys shares a port between prefixes.
/// </summary>
internal static class DuplicateBindingDetector
{
    /// <summary>
    /// Reports the duplicates <paramref name="invocation"/> brings to its group, if it binds at all. The bindings are
    /// gathered in a collector of their own, made from <paramref name="context"/> only for binding calls.
    /// </summary>
    public static void Analyze(IInvocationOperation invocation, UsageCollector context, System.Action<Diagnostic> report)
    {
        var symbols = context.Symbols;
        if (invocation.TargetMethod.Name == "UseUrls" && KnownTypes.Is(invocation.TargetMethod.ContainingType, symbols.WebHostBuilderExtensions))
        {
            var collector = context.Fresh();
            var group = new List<(Binding, Location)>();
            foreach (var url in HttpServerUsageExtractor.UseUrlsArguments(invocation))
            {
                AddUrls(url, collector, group);
            }

            Report(group, 0, group.Count, report);
        }
        else if (HttpServerUsageExtractor.IsWebApplicationUrlsAdd(invocation, symbols))
        {
            ReportUrlsAdd(invocation, context.Fresh(), report);
        }
        else if (HttpServerUsageExtractor.IsKestrelListen(invocation, symbols) && KestrelLambda(invocation, symbols) is { } lambda)
        {
            ReportKestrelListen(invocation, lambda, context.Fresh(), report);
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

        Report(group, ownStart, ownEnd, report);
    }

    private static void AddUrls(IOperation urls, UsageCollector collector, List<(Binding, Location)> group)
    {
        foreach (var (url, _) in collector.Urls(urls))
        {
            group.Add((new Binding(url.Host, url.HostScope, url.Port!.Value), urls.Syntax.GetLocation()));
        }
    }

    /// <summary>Reports the Kestrel <c>Listen*</c> call <paramref name="listen"/> when an earlier one in the same options lambda holds its port.</summary>
    private static void ReportKestrelListen(IInvocationOperation listen, IAnonymousFunctionOperation lambda, UsageCollector collector, System.Action<Diagnostic> report)
    {
        var (ownStart, ownEnd) = (0, 0);
        foreach (var descendant in lambda.Body.Descendants())
        {
            collector.CancellationToken.ThrowIfCancellationRequested();
            if (descendant is IInvocationOperation invocation && HttpServerUsageExtractor.IsKestrelListen(invocation, collector.Symbols))
            {
                var before = collector.Usages.Count;
                HttpServerUsageExtractor.Extract(invocation, collector);
                if (invocation == listen)
                {
                    (ownStart, ownEnd) = (before, collector.Usages.Count);
                }
            }
        }

        // The collector knows the scope of an address but not its text: two specific addresses are not compared.
        var group = collector.Usages.ConvertAll(usage => (
            new Binding(string.Empty, usage.Usage.Host == HostScope.Specific ? HostScope.Unknown : usage.Usage.Host, usage.Usage.Port),
            usage.Location));
        Report(group, ownStart, ownEnd, report);
    }

    /// <summary>The nearest lambda around <paramref name="listen"/> that takes the <c>KestrelServerOptions</c> it configures.</summary>
    private static IAnonymousFunctionOperation? KestrelLambda(IOperation listen, KnownTypes symbols)
    {
        for (var ancestor = listen.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor is IAnonymousFunctionOperation lambda && ConfiguresKestrel(lambda.Symbol, symbols))
            {
                return lambda;
            }
        }

        return null;
    }

    private static bool ConfiguresKestrel(IMethodSymbol lambda, KnownTypes symbols)
    {
        foreach (var parameter in lambda.Parameters)
        {
            if (KnownTypes.Is(parameter.Type, symbols.KestrelServerOptions))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reports the bindings from <paramref name="ownStart"/> to <paramref name="ownEnd"/> that an earlier binding of the group holds.</summary>
    private static void Report(List<(Binding Binding, Location Location)> group, int ownStart, int ownEnd, System.Action<Diagnostic> report)
    {
        if (ownEnd - ownStart == 0 || group.Count < 2)
        {
            return;
        }

        foreach (var (index, earlier) in DuplicateBindings.Find(group.ConvertAll(b => b.Binding)))
        {
            if (index >= ownStart && index < ownEnd)
            {
                report(Create(group[index].Binding, group[index].Location, group[earlier].Location));
            }
        }
    }

    private static Diagnostic Create(Binding binding, Location location, Location earlier)
    {
        var line = (earlier.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture);
        return Diagnostic.Create(Descriptors.DuplicateBinding, location, new[] { earlier }, binding.Port, line);
    }
}
