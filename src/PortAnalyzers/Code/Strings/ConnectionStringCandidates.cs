using System;
using System.Collections.Generic;
using System.Linq;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>
/// Whether a string's written text may hold a connection string with a port, found in one pass: a <c>scheme://</c> of
/// a service scheme, or an <c>=</c> that follows (across spaces) a word that a key with an endpoint ends with. The
/// schemes and words are the parser's own (<see cref="ConnectionStringVocabulary"/>), so every string
/// <see cref="ConnectionStrings.Parse(string)"/> reads an endpoint from holds one of these: a text without any has no
/// connection string to look at, and most strings (messages, names, keys) are turned away here without parsing.
/// </summary>
internal static class ConnectionStringCandidates
{
    private static readonly WordSet Schemes = new(ConnectionStringVocabulary.ServiceSchemes);

    private static readonly WordSet Keys = new(ConnectionStringVocabulary.KeyEndings);

    /// <summary>
    /// The fewest characters a text <see cref="Any"/> finds can have: the shortest scheme and <c>://</c>, or the
    /// shortest key and <c>=</c>. A string literal shorter than this is turned away by the width of its token, before
    /// its value, a string of its own elsewhere in memory, is read.
    /// </summary>
    public static readonly int ShortestCandidate = Math.Min(
        ConnectionStringVocabulary.ServiceSchemes.Min(scheme => scheme.Length) + "://".Length,
        ConnectionStringVocabulary.KeyEndings.Min(key => key.Length) + "=".Length);

    /// <summary>Whether <paramref name="text"/> has a <c>://</c> or <c>=</c> that may be part of a connection string.</summary>
    public static bool Any(string text)
    {
        // A plain loop: strings are short (12 characters on average in StackExchange.Redis), and a vectorized search
        // per string cost twice as much as the loop on its 15,876 strings.
        for (var at = 0; at < text.Length; at++)
        {
            var c = text[at];
            if (c == '=' ? Keys.EndsAt(text, SkipSpacesBack(text, at)) : c == ':' && StartsSchemeSeparator(text, at) && Schemes.EndsAt(text, at))
            {
                return true;
            }
        }

        return false;
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
        /// word of the set, in either case: most <c>=</c> follow a word that ends otherwise, and are turned away on its
        /// last two characters before it is walked and compared.
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
        /// Whether the whole word that ends just before <paramref name="end"/> is one of the set; a word that follows a
        /// backslash and a letter (<c>@"\tPort="</c>, as written in a verbatim string) counts without the letter.
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
        /// Whether the text at <paramref name="start"/> is <paramref name="lowerWord"/> in any case. This runs for many
        /// <c>=</c> of every string, so it compares the characters itself: the text there is ASCII letters and digits
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
