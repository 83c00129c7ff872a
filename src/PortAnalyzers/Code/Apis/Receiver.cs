using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PortAnalyzers.Code;

/// <summary>The type a watched API is declared on or creates: some known types, or any type derived from them.</summary>
internal sealed class Receiver
{
    private readonly ImmutableArray<KnownType> types;
    private readonly bool orDerived;
    private readonly bool orExtensionOn;

    private Receiver(ImmutableArray<KnownType> types, bool orDerived, bool orExtensionOn, string[]? nameEndings = null)
    {
        this.types = types;
        this.orDerived = orDerived;
        this.orExtensionOn = orExtensionOn;
        NameEndings = nameEndings is null ? NameEndings.None : new NameEndings(nameEndings);
    }

    /// <summary>The simple names that select a creation without a type walk; none when derived types count too.</summary>
    public ImmutableArray<string> ExactNames => orDerived ? ImmutableArray<string>.Empty : types.Select(t => t.Name).ToImmutableArray();

    /// <summary>How the name of a derived type must end: checked before its base types are walked, and by the index.</summary>
    public NameEndings NameEndings { get; }

    public static Receiver Of(params KnownType[] types) => new(types.ToImmutableArray(), orDerived: false, orExtensionOn: false);

    /// <summary>
    /// The types or any type derived from them whose name ends with one of <paramref name="nameEndings"/> (every
    /// ADO.NET provider's connection and builder: <c>NpgsqlConnection</c>, <c>SqlConnectionStringBuilder</c>, …). The
    /// name is checked first, so a type of another family costs no walk of its base types.
    /// </summary>
    public static Receiver OfOrDerived(string[] nameEndings, params KnownType[] types) => new(types.ToImmutableArray(), orDerived: true, orExtensionOn: false, nameEndings);

    /// <summary>
    /// Any type of a namespace, for a family of extension classes that grows with each package (Aspire's
    /// <c>RedisBuilderExtensions</c>, <c>PostgresBuilderExtensions</c>, …, all in <c>Aspire.Hosting</c>).
    /// </summary>
    public static Receiver InNamespace(string ns) => new(ImmutableArray.Create(new KnownType(ns + ".*")), orDerived: false, orExtensionOn: false);

    /// <summary>Methods of the type and extension methods on it (<c>HttpClient.GetFromJsonAsync</c>).</summary>
    public static Receiver OfOrExtending(KnownType type) => new(ImmutableArray.Create(type), orDerived: false, orExtensionOn: true);

    public bool Matches(IMethodSymbol method)
        => Matches(method.ContainingType)
           || (orExtensionOn && method.IsExtensionMethod && method.Parameters.Length > 0 && Matches(method.Parameters[0].Type));

    public bool Matches(ITypeSymbol? type)
    {
        if (orDerived && (type is null || !NameEndings.Match(type.Name)))
        {
            return false;
        }

        for (var current = type; current is not null; current = orDerived ? current.BaseType : null)
        {
            foreach (var known in types)
            {
                if (known.Matches(current))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
