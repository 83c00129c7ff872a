using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>A binding that claims a port an earlier binding of its group holds (PORT009), as the policy found it.</summary>
internal readonly record struct DuplicateBinding(PortFinding Finding, Location Location, Location Earlier);

/// <summary>
/// Gathers the bindings that start together with a call (its <see cref="BindingGroup"/>) and asks the policy which of
/// the call's own bindings an earlier one of the group already holds, so that a duplicate is reported once, at the
/// later call. Group members are the rows of <see cref="WatchedApis"/> with the same group, extracted as usual.
/// </summary>
internal static class BindingGroups
{
    public static void FindDuplicates(BindingGroup group, IInvocationOperation call, UsageCollector own, PortPolicy policy, List<DuplicateBinding> duplicates)
    {
        switch (group)
        {
            case BindingGroup.OwnCall:
                Find(own.Usages, 0, own.Usages.Count, policy, duplicates);
                break;
            case BindingGroup.AppUrls when ValueResolver.Unwrap(call.Instance) is IPropertyReferenceOperation urls && OperationFacts.ReferencedSymbol(urls.Instance) is { } app:
                Gather(OperationFacts.Root(call), group, call, other => SameApp(other, app), own.Fresh(), policy, duplicates);
                break;
            case BindingGroup.AppHost:
                Gather(OperationFacts.Root(call), group, call, _ => true, own.Fresh(), policy, duplicates);
                break;
            case BindingGroup.KestrelOptions when KestrelLambda(call, own.Symbols) is { } lambda:
                Gather(lambda.Body, group, call, _ => true, own.Fresh(), policy, duplicates);
                break;
        }
    }

    /// <summary>Extracts every call of <paramref name="group"/> in <paramref name="scope"/>, in order, and finds the duplicates among <paramref name="call"/>'s own.</summary>
    private static void Gather(IOperation scope, BindingGroup group, IInvocationOperation call, System.Func<IInvocationOperation, bool> belongs, UsageCollector collector, PortPolicy policy, List<DuplicateBinding> duplicates)
    {
        var index = WatchedApiIndex.Instance;
        var (ownStart, ownEnd) = (0, 0);
        foreach (var descendant in scope.Descendants())
        {
            collector.CancellationToken.ThrowIfCancellationRequested();
            if (descendant is not IInvocationOperation member || !belongs(member))
            {
                continue;
            }

            var before = collector.Usages.Count;
            foreach (var api in index.Candidates(member))
            {
                if (api.Group == group && api.AppliesTo(member))
                {
                    api.Extract(member, member.Arguments, collector);
                }
            }

            if (member == call)
            {
                (ownStart, ownEnd) = (before, collector.Usages.Count);
            }
        }

        Find(collector.Usages, ownStart, ownEnd, policy, duplicates);
    }

    private static void Find(List<CodeUsage> group, int ownStart, int ownEnd, PortPolicy policy, List<DuplicateBinding> duplicates)
    {
        if (ownEnd - ownStart == 0 || group.Count < 2)
        {
            return;
        }

        var bindings = group.ConvertAll(usage => usage.Binding);
        foreach (var (index, earlier, finding) in policy.FindDuplicates(bindings, i => group[i].Location.GetLineSpan().StartLinePosition.Line + 1))
        {
            if (index >= ownStart && index < ownEnd)
            {
                duplicates.Add(new DuplicateBinding(finding, group[index].Location, group[earlier].Location));
            }
        }
    }

    private static bool SameApp(IInvocationOperation add, ISymbol app)
        => ValueResolver.Unwrap(add.Instance) is IPropertyReferenceOperation urls
           && SymbolEqualityComparer.Default.Equals(OperationFacts.ReferencedSymbol(urls.Instance), app);

    /// <summary>The nearest lambda around <paramref name="listen"/> that takes the <c>KestrelServerOptions</c> it configures.</summary>
    private static IAnonymousFunctionOperation? KestrelLambda(IOperation listen, KnownTypes symbols)
    {
        for (var ancestor = listen.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor is IAnonymousFunctionOperation lambda && TakesKestrelOptions(lambda.Symbol, symbols))
            {
                return lambda;
            }
        }

        return null;
    }

    private static bool TakesKestrelOptions(IMethodSymbol lambda, KnownTypes symbols)
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
}
