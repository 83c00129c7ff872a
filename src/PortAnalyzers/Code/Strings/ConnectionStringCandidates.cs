using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>
/// Where in a source file a connection string with a port may be written, found on the raw text in one pass: each
/// <c>scheme://</c> of a service scheme, and each <c>=</c> that follows (across spaces) a word that a key with an
/// endpoint ends with. The schemes and words are the parser's own (<see cref="ConnectionStringVocabulary"/>), so every
/// string <see cref="ConnectionStrings.Parse(string)"/> reads an endpoint from holds one of these: a file without any
/// has no connection string to look at, and the strings of a file that has some are found from these positions alone.
/// Most positions are code (<c>var host = …</c>); the caller keeps those that stand in a string.
/// </summary>
internal static class ConnectionStringCandidates
{
    private static readonly char[] EqualsOrColon = { '=', ':' };

    private static readonly WordSet Schemes = new(ConnectionStringVocabulary.ServiceSchemes);

    private static readonly WordSet Keys = new(ConnectionStringVocabulary.KeyEndings);

    /// <summary>Adds to <paramref name="positions"/>, in order, the position of each <c>://</c> and <c>=</c> that may be part of a connection string.</summary>
    public static void Find(string text, List<int> positions, CancellationToken cancellationToken)
    {
        // One vectorized pass for both characters: a search per character, interleaved, read the text twice and cost
        // StackExchange.Redis's 6.5 million characters 2.5-3.2 ms against 2.1-2.6 ms for this one.
        for (var at = text.IndexOfAny(EqualsOrColon); at >= 0; at = text.IndexOfAny(EqualsOrColon, at + 1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (text[at] == '=' ? Keys.EndsAt(text, SkipSpacesBack(text, at)) : StartsSchemeSeparator(text, at) && Schemes.EndsAt(text, at))
            {
                positions.Add(at);
            }
        }
    }

    /// <summary>Whether the colon at <paramref name="colon"/> starts <c>://</c>.</summary>
    private static bool StartsSchemeSeparator(string text, int colon)
        => colon + 2 < text.Length && text[colon + 1] == '/' && text[colon + 2] == '/';

    private static int SkipSpacesBack(string text, int end)
    {
        while (end > 0 && text[end - 1] is ' ' or '\t')
        {
            end--;
        }

        return end;
    }

    /// <summary>Words of ASCII letters and digits, matched in any case against the text before a position, without allocating.</summary>
    private sealed class WordSet
    {
        /// <summary>The words in lower case, by length.</summary>
        private readonly string[][] byLength;

        /// <summary>
        /// For each ASCII character, the characters (<see cref="NameShapes.Bit"/>) that stand before it at the end of a
        /// word of the set, in either case: four of every five <c>=</c> of StackExchange.Redis's code follow a word that
        /// ends otherwise, and are turned away on its last two characters before it is walked and compared.
        /// </summary>
        private readonly ulong[] endings = new ulong[128];

        public WordSet(IEnumerable<string> words)
        {
            var all = words.Select(w => w.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
            if (all.Exists(w => w.Length < 2 || !w.All(IsWordChar)))
            {
                throw new ArgumentException("A word of the set is not made of two or more ASCII letters and digits.", nameof(words));
            }

            byLength = new string[all.Max(w => w.Length) + 1][];
            for (var length = 0; length < byLength.Length; length++)
            {
                byLength[length] = all.Where(w => w.Length == length).ToArray();
            }

            foreach (var word in all)
            {
                var last = word[word.Length - 1];
                var before = word[word.Length - 2];
                var bits = NameShapes.Bit(before) | NameShapes.Bit(char.ToUpperInvariant(before));
                endings[last] |= bits;
                endings[char.ToUpperInvariant(last)] |= bits;
            }
        }

        /// <summary>
        /// Whether the whole word that ends just before <paramref name="end"/> is one of the set; a word that follows
        /// an escape sequence in the source (<c>\tPort=</c>) counts without the escape's letter.
        /// </summary>
        public bool EndsAt(string text, int end)
        {
            if (end < 2 || text[end - 1] is var last && (last >= endings.Length || (endings[last] & NameShapes.Bit(text[end - 2])) == 0))
            {
                return false;
            }

            var start = end;
            while (start > 0 && end - start < byLength.Length && IsWordChar(text[start - 1]))
            {
                start--;
            }

            if (start > 0 && IsWordChar(text[start - 1]))
            {
                return false;
            }

            return Contains(text, start, end) || (start > 0 && text[start - 1] == '\\' && Contains(text, start + 1, end));
        }

        private bool Contains(string text, int start, int end)
        {
            var length = end - start;
            if (length <= 0 || length >= byLength.Length)
            {
                return false;
            }

            foreach (var word in byLength[length])
            {
                if (EqualsIgnoringCase(text, start, word))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the text at <paramref name="start"/> is <paramref name="lowerWord"/> in any case. This runs for almost
        /// every <c>=</c> of a file, so it compares the characters itself: the text there is ASCII letters and digits
        /// (<see cref="IsWordChar"/>), where setting bit 0x20 lowers a letter and keeps a digit.
        /// </summary>
        private static bool EqualsIgnoringCase(string text, int start, string lowerWord)
        {
            for (var i = 0; i < lowerWord.Length; i++)
            {
                if ((text[start + i] | 0x20) != lowerWord[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsWordChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
    }
}
