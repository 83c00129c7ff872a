using System;
using System.Collections.Generic;

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

    /// <summary>For each length, a bit per first character (<see cref="Bit"/>) a name of that length starts with.</summary>
    private readonly ulong[] firstCharactersByLength;

    /// <summary>For each length, a bit per last character a name of that length ends with.</summary>
    private readonly ulong[] lastCharactersByLength;

    public NameShapes(IEnumerable<string> names, bool ignoreCase = false)
    {
        var list = new List<string>(names);
        var longest = 0;
        foreach (var name in list)
        {
            longest = Math.Max(longest, name.Length);
        }

        firstCharactersByLength = new ulong[longest + 1];
        lastCharactersByLength = new ulong[longest + 1];
        foreach (var name in list)
        {
            if (name.Length > 0)
            {
                firstCharactersByLength[name.Length] |= Bits(name[0], ignoreCase);
                lastCharactersByLength[name.Length] |= Bits(name[name.Length - 1], ignoreCase);
            }
        }
    }

    /// <summary>Whether <paramref name="name"/> may be in the set; false only when no name of the set has its shape.</summary>
    public bool MayContain(string name)
        => name.Length < firstCharactersByLength.Length && name.Length > 0
           && (firstCharactersByLength[name.Length] & Bit(name[0])) != 0
           && (lastCharactersByLength[name.Length] & Bit(name[name.Length - 1])) != 0;

    /// <summary>The bit of <paramref name="c"/>; ignoring case, of either case and of any other character, as a letter outside ASCII may fold to this one.</summary>
    private static ulong Bits(char c, bool ignoreCase)
        => ignoreCase ? Bit(char.ToUpperInvariant(c)) | Bit(char.ToLowerInvariant(c)) | (1UL << OtherCharacter) : Bit(c);

    /// <summary>One bit per ASCII letter, and one shared by every other character.</summary>
    internal static ulong Bit(char c) => 1UL << (c is >= 'A' and <= 'Z' ? c - 'A' : c is >= 'a' and <= 'z' ? c - 'a' + 26 : OtherCharacter);
}
