using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PortAnalyzers.Code;

/// <summary>
/// The cheap first look at every call, creation and assignment of a compilation, derived from <see cref="WatchedApis"/>:
/// the rows an operation may be, found by its kind and its method or created type name, before any type is compared.
/// Most operations have none and leave here. One shared, immutable instance.
/// </summary>
internal sealed class WatchedApiIndex
{
    private readonly Dictionary<string, ImmutableArray<WatchedApi>> callsByName;
    private readonly ImmutableArray<WatchedApi> callsBySuffix;
    private readonly string[] suffixes;
    private readonly Dictionary<string, ImmutableArray<WatchedApi>> creationsByTypeName;
    private readonly ImmutableArray<WatchedApi> creationsOfDerivedTypes;
    private readonly string[] derivedTypeNameEndings;
    private readonly Dictionary<string, ImmutableArray<WatchedApi>> assignmentsByProperty;

    public WatchedApiIndex(ImmutableArray<WatchedApi> apis)
    {
        var calls = apis.Where(a => a.Kind == ApiKind.Call).ToList();
        callsByName = Group(calls.SelectMany(a => a.Members.Select(m => (m, a))));
        callsBySuffix = calls.Where(a => !a.MemberSuffixes.IsEmpty).ToImmutableArray();
        suffixes = callsBySuffix.SelectMany(a => a.MemberSuffixes).Distinct().ToArray();
        var creations = apis.Where(a => a.Kind == ApiKind.Creation).ToList();
        creationsByTypeName = Group(creations.SelectMany(a => a.CreatedTypeNames.Select(n => (n, a))));
        creationsOfDerivedTypes = creations.Where(a => a.CreatedTypeNames.IsEmpty).ToImmutableArray();
        derivedTypeNameEndings = creationsOfDerivedTypes.SelectMany(a => a.CreatedTypeNameEndings).Distinct().ToArray();
        assignmentsByProperty = Group(
            apis.Where(a => a.Kind == ApiKind.Assignment).SelectMany(a => a.AssignedProperties.Select(p => (p, a))),
            StringComparer.OrdinalIgnoreCase);
    }

    public static WatchedApiIndex Instance { get; } = new(WatchedApis.All);

    /// <summary>The rows <paramref name="operation"/> may be; each still checks its type with <see cref="WatchedApi.AppliesTo"/>.</summary>
    public ImmutableArray<WatchedApi> Candidates(IOperation operation)
    {
        // A switch on the kind, not a chain of interface type tests: this runs for every call of the compilation.
        switch (operation.Kind)
        {
            case OperationKind.Invocation:
                var name = ((IInvocationOperation)operation).TargetMethod.Name;
                return callsByName.TryGetValue(name, out var named) ? named : BySuffix(name);
            case OperationKind.ObjectCreation:
                var creation = (IObjectCreationOperation)operation;
                if (creation.Arguments.IsEmpty || creation.Type is not { } type)
                {
                    return ImmutableArray<WatchedApi>.Empty;
                }

                return creationsByTypeName.TryGetValue(type.Name, out var created) ? created
                    : WatchedApi.EndsWithAny(type.Name, derivedTypeNameEndings) ? creationsOfDerivedTypes
                    : ImmutableArray<WatchedApi>.Empty;
            case OperationKind.SimpleAssignment:
                return ((ISimpleAssignmentOperation)operation).Target is IPropertyReferenceOperation target
                    && assignmentsByProperty.TryGetValue(target.Property.Name, out var assigned)
                    ? assigned
                    : ImmutableArray<WatchedApi>.Empty;
            default:
                return ImmutableArray<WatchedApi>.Empty;
        }
    }

    /// <summary>The rows named by how their names end, which check the end again themselves.</summary>
    private ImmutableArray<WatchedApi> BySuffix(string name)
        => WatchedApi.EndsWithAny(name, suffixes) ? callsBySuffix : ImmutableArray<WatchedApi>.Empty;

    private static Dictionary<string, ImmutableArray<WatchedApi>> Group(IEnumerable<(string Key, WatchedApi Api)> entries, StringComparer? comparer = null)
        => entries.GroupBy(e => e.Key, comparer ?? StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Api).ToImmutableArray(), comparer ?? StringComparer.Ordinal);
}
