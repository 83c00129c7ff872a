using System;
using System.Text;

namespace PortAnalyzers.Config.Containers;

/// <summary>
/// Variable substitution as Dockerfiles and compose files write it: <c>$NAME</c>, <c>${NAME}</c>,
/// <c>${NAME:-default}</c>, <c>${NAME-default}</c>, <c>${NAME:+alternative}</c>, <c>${NAME+alternative}</c>.
/// A variable whose value cannot be known makes the whole text unknown, so nothing is judged on a guess.
/// </summary>
internal static class DockerVariables
{
    /// <summary>
    /// <paramref name="text"/> with its variables replaced, or null when one of them is unknown;
    /// <paramref name="lookup"/> gives a variable's value, null when it is not set or not known.
    /// <paramref name="literalDollar"/> is what escapes a dollar: <c>\$</c> in Dockerfiles, <c>$$</c> in compose files.
    /// </summary>
    public static string? Substitute(string text, Func<string, string?> lookup, string literalDollar)
    {
        if (text.IndexOf('$') < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (string.CompareOrdinal(text, i, literalDollar, 0, literalDollar.Length) == 0)
            {
                result.Append('$');
                i += literalDollar.Length;
                continue;
            }

            if (text[i] != '$')
            {
                result.Append(text[i++]);
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '{')
            {
                var close = text.IndexOf('}', i + 2);
                if (close < 0 || Braced(text.Substring(i + 2, close - i - 2), lookup) is not { } value)
                {
                    return null;
                }

                result.Append(value);
                i = close + 1;
                continue;
            }

            var nameEnd = NameEnd(text, i + 1);
            if (nameEnd == i + 1)
            {
                result.Append('$');
                i++;
                continue;
            }

            if (lookup(text.Substring(i + 1, nameEnd - i - 1)) is not { } plain)
            {
                return null;
            }

            result.Append(plain);
            i = nameEnd;
        }

        return result.ToString();
    }

    private static string? Braced(string inner, Func<string, string?> lookup)
    {
        var nameEnd = NameEnd(inner, 0);
        if (nameEnd == 0)
        {
            return null;
        }

        var value = lookup(inner.Substring(0, nameEnd));
        var modifier = inner.Substring(nameEnd);
        if (modifier.Length == 0)
        {
            return value;
        }

        var colon = modifier[0] == ':';
        var operation = colon ? (modifier.Length > 1 ? modifier[1] : '\0') : modifier[0];
        var word = modifier.Substring(colon ? 2 : 1);
        var set = colon ? !string.IsNullOrEmpty(value) : value is not null;
        return operation switch
        {
            '-' => set ? value : word,
            '+' => set ? word : string.Empty,
            _ => null,
        };
    }

    private static int NameEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
        {
            end++;
        }

        return end;
    }
}
