using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PortAnalyzers.Code;

/// <summary>
/// How the names of a family of types end (<c>Connection</c>, <c>ConnectionStringBuilder</c>): a name ends with one of
/// them or not. The last character of each ending is kept as a bit (<see cref="NameShapes.Bit"/>), so that a name that
/// ends in another character, almost every name, is turned away before any ending is compared.
/// </summary>
internal sealed class NameEndings
{
    private readonly string[] endings;
    private readonly ulong lastCharacters;

    public NameEndings(IEnumerable<string> endings)
    {
        this.endings = endings.Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var ending in this.endings)
        {
            lastCharacters |= NameShapes.Bit(ending[ending.Length - 1]);
        }
    }

    public static NameEndings None { get; } = new(Array.Empty<string>());

    public ImmutableArray<string> All => endings.ToImmutableArray();

    public bool Match(string name)
    {
        if (name.Length == 0 || (lastCharacters & NameShapes.Bit(name[name.Length - 1])) == 0)
        {
            return false;
        }

        foreach (var ending in endings)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
