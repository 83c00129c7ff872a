using System.Collections.Generic;
using static PortAnalyzers.Ports.ConnectionStringText;

namespace PortAnalyzers.Ports;

/// <summary>
/// A connection URI with a service scheme, <c>scheme://[user@]host[:port][,host[:port]…][/path]</c>
/// (<c>postgres://</c>, <c>mongodb://h1:p1,h2:p2</c>, ...), read only from the start of the text.
/// </summary>
internal static class ServiceUri
{
    private const string SchemeSeparator = "://";

    /// <summary>Whether the text opens with <c>scheme://</c> for a service scheme.</summary>
    public static bool Opens(string text) => SchemeEnd(text, SkipWhitespace(text, 0, text.Length)) >= 0;

    /// <summary>
    /// The endpoints with a port of the URI <paramref name="text"/> opens with: none when its authority is not a host
    /// list; null when the text does not open with a service URI.
    /// </summary>
    public static List<ConnectionEndpoint>? Read(string text)
    {
        var start = SkipWhitespace(text, 0, text.Length);
        var schemeEnd = SchemeEnd(text, start);
        if (schemeEnd < 0)
        {
            return null;
        }

        var scheme = text.Substring(start, schemeEnd - start).ToLowerInvariant();
        var authorityStart = schemeEnd + SchemeSeparator.Length;
        var authorityEnd = authorityStart;
        while (authorityEnd < text.Length && text[authorityEnd] is not ('/' or '?' or '#') && !char.IsWhiteSpace(text[authorityEnd]))
        {
            authorityEnd++;
        }

        var at = authorityEnd > authorityStart ? text.LastIndexOf('@', authorityEnd - 1, authorityEnd - authorityStart) : -1;
        var hostsStart = at >= 0 ? at + 1 : authorityStart;
        return HostPortList.Read(text, hostsStart, authorityEnd, scheme) ?? new List<ConnectionEndpoint>();
    }

    /// <summary>Where the service scheme that stands at <paramref name="start"/> ends, followed by <c>://</c>; -1 when none does.</summary>
    private static int SchemeEnd(string text, int start)
    {
        // Most text has no "://" at all, which a vectorized search of its first ':' shows.
        var colon = text.IndexOf(':', start);
        if (colon <= start || string.CompareOrdinal(text, colon, SchemeSeparator, 0, SchemeSeparator.Length) != 0)
        {
            return -1;
        }

        for (var i = start; i < colon; i++)
        {
            if (!(char.IsLetterOrDigit(text[i]) || text[i] is '+' or '-' or '.'))
            {
                return -1;
            }
        }

        return ConnectionStringVocabulary.IsServiceScheme(text.Substring(start, colon - start)) ? colon : -1;
    }
}
