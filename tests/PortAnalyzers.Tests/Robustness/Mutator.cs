using System;
using System.Text;
using System.Text.RegularExpressions;

namespace PortAnalyzers.Tests.Robustness;

/// <summary>
/// Deterministic mutations of a text, the damage an editor sees on every keystroke: truncation, deleted runs, numbers
/// out of every range, stray quotes and braces, duplicated lines. The same seed always gives the same variant.
/// </summary>
public static class Mutator
{
    private static readonly string[] Numbers =
    {
        "99999999999", "-1", "0", "65536", "-65535", "2147483648", "9223372036854775808", "-99999999999999999999", "1e309", "0x",
    };

    private static readonly string[] Inserts =
    {
        "\"", "\"\"\"", "{", "}", "{{", "}}", "(", ")", "[", "]", ";", ",", ":", "\\", "$\"", "@\"", "/*", "//", "\n", "<", "/>", "'", "\0", "\uFEFF",
    };

    private static readonly Regex Digits = new("[0-9]+", RegexOptions.CultureInvariant);

    /// <summary>Variant <paramref name="variant"/> of <paramref name="text"/>: one in eight changes every number to a huge one, one in eight to -1, the rest apply 1-3 random mutations.</summary>
    public static string Mutate(string text, int variant)
    {
        switch (variant % 8)
        {
            case 0:
                return Digits.Replace(text, "99999999999");
            case 1:
                return Digits.Replace(text, "-1");
        }

        var random = new Random(variant * 7919 + text.Length);
        var mutations = random.Next(1, 4);
        for (var i = 0; i < mutations; i++)
        {
            text = MutateOnce(text, random);
        }

        return text;
    }

    private static string MutateOnce(string text, Random random)
    {
        if (text.Length == 0)
        {
            return Inserts[random.Next(Inserts.Length)];
        }

        var position = random.Next(text.Length);
        switch (random.Next(6))
        {
            case 0:
                return text.Substring(0, position);
            case 1:
                return text.Remove(position, Math.Min(text.Length - position, 1 + random.Next(40)));
            case 2:
                var matches = Digits.Matches(text);
                if (matches.Count == 0)
                {
                    goto default;
                }

                var match = matches[random.Next(matches.Count)];
                return text.Substring(0, match.Index) + Numbers[random.Next(Numbers.Length)] + text.Substring(match.Index + match.Length);
            case 3:
                return DuplicateLines(text, random);
            case 4:
                return text.Insert(position, Inserts[random.Next(Inserts.Length)] + Inserts[random.Next(Inserts.Length)]);
            default:
                return text.Insert(position, Inserts[random.Next(Inserts.Length)]);
        }
    }

    private static string DuplicateLines(string text, Random random)
    {
        var lines = text.Split('\n');
        var first = random.Next(lines.Length);
        var count = Math.Min(lines.Length - first, 1 + random.Next(4));
        var result = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            result.Append(lines[i]).Append('\n');
            if (i == first + count - 1)
            {
                for (var j = first; j < first + count; j++)
                {
                    result.Append(lines[j]).Append('\n');
                }
            }
        }

        return result.ToString();
    }
}
