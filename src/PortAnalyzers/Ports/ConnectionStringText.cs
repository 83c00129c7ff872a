using System.Collections.Generic;

namespace PortAnalyzers.Ports;

/// <summary>
/// The character-level pieces the connection string grammars share: spaces around parts, comma-separated items,
/// keys, and port digits (or a part not known at compile time, <see cref="PartialText.Hole"/>).
/// </summary>
internal static class ConnectionStringText
{
    public static int SkipWhitespace(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start;
    }

    public static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>The items between the commas of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, each without its surrounding spaces; empty items too.</summary>
    public static IEnumerable<(int Start, int End)> CommaItems(string text, int start, int end)
    {
        var position = start;
        while (position <= end)
        {
            var comma = text.IndexOf(',', position, end - position);
            var itemEnd = comma < 0 ? end : comma;
            var itemStart = SkipWhitespace(text, position, itemEnd);
            yield return (itemStart, TrimEnd(text, itemStart, itemEnd));
            if (comma < 0)
            {
                break;
            }

            position = comma + 1;
        }
    }

    /// <summary>An ADO.NET key or Redis option: letters, digits, spaces and a few marks, starting with a letter.</summary>
    public static bool IsKey(string text, int start, int end)
    {
        if (end <= start || !char.IsLetter(text[start]))
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (!(char.IsLetterOrDigit(c) || c is ' ' or '_' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsDigitsOrHole(string text, int start, int end)
    {
        if (end <= start)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (!(char.IsDigit(text[i]) || text[i] == PartialText.Hole))
            {
                return false;
            }
        }

        return true;
    }
}
