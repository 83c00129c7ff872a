using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PortAnalyzers.Code;

/// <summary>What kind of operation uses a watched API.</summary>
internal enum ApiKind
{
    Creation,
    Call,
    Assignment,
}

/// <summary>The bindings a call starts together with, for PORT009 (see <see cref="BindingGroups"/>).</summary>
internal enum BindingGroup
{
    None,

    /// <summary>The bindings of the call itself (<c>UseUrls("a", "b")</c>).</summary>
    OwnCall,

    /// <summary>The <c>app.Urls.Add</c> calls on one app in one method.</summary>
    AppUrls,

    /// <summary>The <c>Listen*</c> calls in one lambda that configures <c>KestrelServerOptions</c>.</summary>
    KestrelOptions,

    /// <summary>The endpoints and host ports of one Aspire AppHost (one method, usually the top-level program).</summary>
    AppHost,
}

/// <summary>Turns the operands of a watched operation into usages.</summary>
internal delegate void Extraction(IOperation operation, ImmutableArray<IArgumentOperation> arguments, UsageCollector collector);

/// <summary>
/// One watched API: the operations it covers (kind, member names, and the receiver or created type), how their
/// operands become port usages, and the binding group its bindings belong to. <see cref="WatchedApis"/> lists them
/// all; <see cref="WatchedApiIndex"/> derives the cheap first look from the same rows.
/// </summary>
internal sealed class WatchedApi
{
    private readonly Func<IOperation, bool> appliesTo;

    private WatchedApi(ApiKind kind, ImmutableArray<string> members, Func<IOperation, bool> appliesTo, Extraction extract, BindingGroup group)
    {
        Kind = kind;
        Members = members;
        this.appliesTo = appliesTo;
        Extract = extract;
        Group = group;
    }

    public ApiKind Kind { get; }

    /// <summary>The method names of a call; empty for creations and assignments.</summary>
    public ImmutableArray<string> Members { get; }

    public Extraction Extract { get; }

    public BindingGroup Group { get; }

    /// <summary>The types a creation row creates, by simple name; empty when the row matches derived types.</summary>
    public ImmutableArray<string> CreatedTypeNames { get; private set; } = ImmutableArray<string>.Empty;

    /// <summary>How the names of the derived types a creation row creates end; empty for a row of exact types.</summary>
    public ImmutableArray<string> CreatedTypeNameEndings { get; private set; } = ImmutableArray<string>.Empty;

    /// <summary>The properties an assignment row assigns (an indexer is <c>this[]</c>), compared ignoring case.</summary>
    public ImmutableArray<string> AssignedProperties { get; private set; } = ImmutableArray<string>.Empty;

    /// <summary>
    /// Whether the API sets where the web host's own server listens (Kestrel, http.sys, the host's URLs), which a
    /// <c>WebApplicationFactory</c> replaces with a TestServer (<see cref="TestServerHosts"/>).
    /// </summary>
    public bool SetsHostServer { get; private set; }

    /// <summary>Whether <paramref name="operation"/>, already selected by kind and name, is this API.</summary>
    public bool AppliesTo(IOperation operation) => appliesTo(operation);

    public static WatchedApi Creation(Receiver created, Extraction extract)
        => new(ApiKind.Creation, ImmutableArray<string>.Empty, o => created.Matches(o.Type), extract, BindingGroup.None)
        {
            CreatedTypeNames = created.ExactNames,
            CreatedTypeNameEndings = created.NameEndings.All,
        };

    public static WatchedApi Call(Receiver receiver, Extraction extract, params string[] members)
        => Call(receiver, BindingGroup.None, extract, members);

    public static WatchedApi Call(Receiver receiver, BindingGroup group, Extraction extract, params string[] members)
        => new(ApiKind.Call, members.ToImmutableArray(), o => receiver.Matches(((IInvocationOperation)o).TargetMethod), extract, group);

    /// <summary>A call that sets where the web host's own server listens (<see cref="SetsHostServer"/>).</summary>
    public static WatchedApi HostServerCall(Receiver receiver, BindingGroup group, Extraction extract, params string[] members)
    {
        var api = Call(receiver, group, extract, members);
        api.SetsHostServer = true;
        return api;
    }

    /// <summary>A call on a property of a known type, such as <c>app.Urls.Add(url)</c>.</summary>
    public static WatchedApi CallOnProperty(KnownType owner, string property, BindingGroup group, Extraction extract, params string[] members)
        => new(
            ApiKind.Call,
            members.ToImmutableArray(),
            o => ValueResolver.Unwrap(((IInvocationOperation)o).Instance) is IPropertyReferenceOperation p && p.Property.Name == property && owner.Matches(p.Property.ContainingType),
            extract,
            group);

    /// <summary>
    /// An assignment to one of <paramref name="properties"/> (ignoring case; <c>this[]</c> for an indexer) of the
    /// receiver's type. The index selects the row by the property's name, as it selects a call's by the method's, so
    /// the row checks only the type.
    /// </summary>
    public static WatchedApi Assignment(Receiver receiver, IEnumerable<string> properties, Extraction extract)
        => new(
            ApiKind.Assignment,
            ImmutableArray<string>.Empty,
            o => ((ISimpleAssignmentOperation)o).Target is IPropertyReferenceOperation target && receiver.Matches(target.Property.ContainingType),
            extract,
            BindingGroup.None)
        {
            AssignedProperties = properties.Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray(),
        };
}
