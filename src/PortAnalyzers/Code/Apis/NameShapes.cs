using System;
using System.Collections.Generic;
using System.Linq;

namespace PortAnalyzers.Code;

/// <summary>
/// The length, first and last letter of each name of a set: a name of another shape is not in the set, which is known
/// from its length and two characters without hashing it. <see cref="WatchedApiIndex"/> asks this before its
/// dictionaries, for every call, creation and assignment of a compilation, and almost every name has another shape
/// (the first letter alone let through a name in ten in yarp, <c>Any</c> for <c>Add</c>).
/// </summary>
internal sealed class NameShapes
{
    /// <summary>The bit shared by every character that is not an ASCII letter.</summary>
    private const int OtherCharacter = 63;

    /// <summary>
    /// The bit (<see cref="Bit"/>) of each ASCII character: one per letter, the shared one for the rest. Looked up
    /// rather than computed, as two range tests per character were the branchiest part of every callback.
    /// </summary>
    private static readonly byte[] AsciiBits = Enumerable.Range(0, 128)
        .Select(c => (byte)(c is >= 'A' and <= 'Z' ? c - 'A' : c is >= 'a' and <= 'z' ? c - 'a' + 26 : OtherCharacter))
        .ToArray();

    /// <summary>
    /// For each length n, at 2n a bit per first character a name of that length starts with, and at 2n + 1 a bit per
    /// last character it ends with: side by side, so that one name's check reads one cache line.
    /// </summary>
    private readonly ulong[] shapesByLength;

    private readonly int longest;

    public NameShapes(IEnumerable<string> names, bool ignoreCase = false)
    {
        var list = new List<string>(names);
        foreach (var name in list)
        {
            longest = Math.Max(longest, name.Length);
        }

        shapesByLength = new ulong[2 * (longest + 1)];
        foreach (var name in list)
        {
            if (name.Length > 0)
            {
                shapesByLength[2 * name.Length] |= Bits(name[0], ignoreCase);
                shapesByLength[(2 * name.Length) + 1] |= Bits(name[name.Length - 1], ignoreCase);
            }
        }
    }

    /// <summary>Whether <paramref name="name"/> may be in the set; false only when no name of the set has its shape.</summary>
    public bool MayContain(string name)
    {
        var first = 2 * name.Length;
        return name.Length > 0 && name.Length <= longest
           && (shapesByLength[first] & Bit(name[0])) != 0
           && (shapesByLength[first + 1] & Bit(name[name.Length - 1])) != 0;
    }

    /// <summary>The bit of <paramref name="c"/>; ignoring case, of either case and of any other character, as a letter outside ASCII may fold to this one.</summary>
    private static ulong Bits(char c, bool ignoreCase)
        => ignoreCase ? Bit(char.ToUpperInvariant(c)) | Bit(char.ToLowerInvariant(c)) | (1UL << OtherCharacter) : Bit(c);

    /// <summary>One bit per ASCII letter, and one shared by every other character.</summary>
    internal static ulong Bit(char c) => 1UL << (c < AsciiBits.Length ? AsciiBits[c] : OtherCharacter);
}
