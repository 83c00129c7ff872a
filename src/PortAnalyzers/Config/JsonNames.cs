namespace PortAnalyzers.Config;

/// <summary>
/// The property names a <see cref="JsonReader"/> has read, each kept as one string: the same names come back in every
/// appsettings and launchSettings file of a solution (<c>Logging</c>, <c>LogLevel</c>, <c>profiles</c>,
/// <c>applicationUrl</c>), and were two thirds of the strings the reader made on yarp. Found by their characters in the text,
/// so a name read before costs no string.
/// </summary>
internal sealed class JsonNames
{
    /// <summary>Bounds on the names kept, so that a file of generated keys cannot grow the table without end.</summary>
    private const int MaxNames = 1024;

    private const int MaxNameLength = 64;

    private string?[] slots = new string?[64];
    private int count;

    /// <summary>The name written at <paramref name="start"/> in <paramref name="text"/>, without escapes.</summary>
    public string Get(string text, int start, int length)
    {
        var mask = slots.Length - 1;
        var slot = Hash(text, start, length) & mask;
        for (var name = slots[slot]; name is not null; name = slots[slot])
        {
            if (name.Length == length && string.CompareOrdinal(name, 0, text, start, length) == 0)
            {
                return name;
            }

            slot = (slot + 1) & mask;
        }

        var added = text.Substring(start, length);
        if (count < MaxNames && length <= MaxNameLength)
        {
            slots[slot] = added;
            if (++count * 2 > slots.Length)
            {
                Grow();
            }
        }

        return added;
    }

    private static int Hash(string text, int start, int length)
    {
        // FNV-1a over the characters: names are short, and no string exists yet to ask for its hash.
        var hash = unchecked((int)2166136261);
        for (var i = start; i < start + length; i++)
        {
            hash = unchecked((hash ^ text[i]) * 16777619);
        }

        return hash & int.MaxValue;
    }

    private void Grow()
    {
        var old = slots;
        slots = new string?[old.Length * 2];
        var mask = slots.Length - 1;
        foreach (var name in old)
        {
            if (name is null)
            {
                continue;
            }

            var slot = Hash(name, 0, name.Length) & mask;
            while (slots[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = name;
        }
    }
}
