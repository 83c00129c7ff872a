using Microsoft.CodeAnalysis;

namespace PortAnalyzers.Code;

/// <summary>
/// A framework type, recognised by its namespace and name on a symbol an operation already holds rather than looked up
/// in the compilation. A lookup (<c>GetTypeByMetadataName</c>) makes the first analyzer that asks load the namespace
/// in every referenced assembly, which costs more than everything else the analyzers do in a small project; a
/// comparison costs a few string compares, and only the calls that pass a name check get that far. A type of the same
/// full name declared in source matches too, as a lookup would have found it; an unresolved type does not.
/// </summary>
internal sealed class KnownType
{
    private readonly string[] namespaceParts;

    public KnownType(string fullName)
    {
        var parts = fullName.Split('.');
        Name = parts[parts.Length - 1];
        namespaceParts = new string[parts.Length - 1];
        for (var i = 0; i < namespaceParts.Length; i++)
        {
            namespaceParts[i] = parts[parts.Length - 2 - i];
        }
    }

    /// <summary>The name of a known type that stands for every type of its namespace (<c>Aspire.Hosting.*</c>).</summary>
    public const string AnyName = "*";

    /// <summary>The simple name, for the callers that first select candidates by name.</summary>
    public string Name { get; }

    public bool Matches(ITypeSymbol? type) => Matches(type, type?.Name);

    /// <summary>Whether <paramref name="type"/>, whose name the caller has already read as <paramref name="name"/>, is this type.</summary>
    public bool Matches(ITypeSymbol? type, string? name)
    {
        // The name first, on the plain symbol: it turns away almost every type before a cast or another symbol is read.
        if (type is null || (name != Name && Name != AnyName) || type is not INamedTypeSymbol { ContainingType: null } named || named.TypeKind == TypeKind.Error)
        {
            return false;
        }

        var current = named.ContainingNamespace;
        foreach (var part in namespaceParts)
        {
            if (current is null || current.Name != part)
            {
                return false;
            }

            current = current.ContainingNamespace;
        }

        return current is { IsGlobalNamespace: true };
    }
}
