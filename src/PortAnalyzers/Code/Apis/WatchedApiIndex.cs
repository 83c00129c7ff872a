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
    private readonly NameShapes callNames;
    private readonly Dictionary<string, ImmutableArray<WatchedApi>> creationsByTypeName;
    private readonly NameShapes createdTypeNames;
    private readonly ImmutableArray<WatchedApi> creationsOfDerivedTypes;
    private readonly NameEndings derivedTypeNameEndings;
    private readonly Dictionary<string, ImmutableArray<WatchedApi>> assignmentsByProperty;
    private readonly NameShapes assignedProperties;

    public WatchedApiIndex(ImmutableArray<WatchedApi> apis)
    {
        var calls = apis.Where(a => a.Kind == ApiKind.Call).ToList();
        callsByName = Group(calls.SelectMany(a => a.Members.Select(m => (m, a))));
        callNames = new NameShapes(callsByName.Keys);
        var creations = apis.Where(a => a.Kind == ApiKind.Creation).ToList();
        creationsByTypeName = Group(creations.SelectMany(a => a.CreatedTypeNames.Select(n => (n, a))));
        createdTypeNames = new NameShapes(creationsByTypeName.Keys);
        creationsOfDerivedTypes = creations.Where(a => a.CreatedTypeNames.IsEmpty).ToImmutableArray();
        derivedTypeNameEndings = new NameEndings(creationsOfDerivedTypes.SelectMany(a => a.CreatedTypeNameEndings));
        assignmentsByProperty = Group(
            apis.Where(a => a.Kind == ApiKind.Assignment).SelectMany(a => a.AssignedProperties.Select(p => (p, a))),
            StringComparer.OrdinalIgnoreCase);
        assignedProperties = new NameShapes(assignmentsByProperty.Keys, ignoreCase: true);
    }

    public static WatchedApiIndex Instance { get; } = new(WatchedApis.All);

    /// <summary>
    /// The rows a call may be, by its method's name; each still checks its type with <see cref="WatchedApi.AppliesTo"/>.
    /// One entry per operation kind, so that the analyzer registers one action per kind and no operation's kind is
    /// asked again: this runs for every call of the compilation.
    /// </summary>
    public ImmutableArray<WatchedApi> Candidates(IInvocationOperation call)
    {
        // A call without arguments passes no operand to read (a parameter left to its default still has an argument),
        // and the arguments are part of the operation, where the name is behind two other objects.
        if (call.Arguments.IsEmpty)
        {
            return ImmutableArray<WatchedApi>.Empty;
        }

        var name = call.TargetMethod.Name;
        return callNames.MayContain(name) && callsByName.TryGetValue(name, out var named) ? named : ImmutableArray<WatchedApi>.Empty;
    }

    /// <summary>
    /// The rows a creation may be, by <paramref name="createdTypeName"/>, the name of its type (null when it has none).
    /// A creation without arguments has no operand to read.
    /// </summary>
    public ImmutableArray<WatchedApi> Candidates(IObjectCreationOperation creation, string? createdTypeName)
    {
        if (creation.Arguments.IsEmpty || createdTypeName is not { } name)
        {
            return ImmutableArray<WatchedApi>.Empty;
        }

        return createdTypeNames.MayContain(name) && creationsByTypeName.TryGetValue(name, out var created) ? created
            : derivedTypeNameEndings.Match(name) ? creationsOfDerivedTypes
            : ImmutableArray<WatchedApi>.Empty;
    }

    /// <summary>
    /// The rows an assignment may be, by the assigned property's name. A reference with arguments is to an indexer
    /// (<c>this[]</c>), known so from the operation itself: an indexer's symbol finds its name through its type's
    /// default member, which made the thousands of <c>dictionary[key] = value</c> of a codebase the dearest assignments
    /// to turn away. (Only a COM type's indexed property also takes arguments; its row checks the symbol.)
    /// </summary>
    public ImmutableArray<WatchedApi> Candidates(ISimpleAssignmentOperation assignment)
        => assignment.Target is IPropertyReferenceOperation target
           && AssignedName(target) is var name
           && assignedProperties.MayContain(name) && assignmentsByProperty.TryGetValue(name, out var assigned)
            ? assigned
            : ImmutableArray<WatchedApi>.Empty;

    /// <summary>The name an assignment row is selected by: the property's, or <c>this[]</c> for an indexer (see above).</summary>
    public static string AssignedName(IPropertyReferenceOperation target)
        => target.Arguments.IsEmpty ? target.Property.Name : WellKnownMemberNames.Indexer;

    private static Dictionary<string, ImmutableArray<WatchedApi>> Group(IEnumerable<(string Key, WatchedApi Api)> entries, StringComparer? comparer = null)
        => entries.GroupBy(e => e.Key, comparer ?? StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Api).ToImmutableArray(), comparer ?? StringComparer.Ordinal);
}
