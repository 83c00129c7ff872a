using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PortAnalyzers.Tests.Verifiers;

/// <summary>An expected diagnostic: its id and its span in one file.</summary>
public readonly record struct ExpectedDiagnostic(string Id, string Path, TextSpan Span)
{
    public override string ToString() => $"{Id} at {Path}{Span}";
}

/// <summary>
/// The markup of Microsoft.CodeAnalysis.Testing: <c>[|text|]</c> marks a diagnostic of the default id,
/// <c>{|PORT001:text|}</c> one of the given id. Markup may nest; <c>{|PORT010:|}</c> marks an empty span.
/// </summary>
public static class Markup
{
    public static (string Text, List<(string? Id, TextSpan Span)> Spans) Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var spans = new List<(string? Id, TextSpan Span)>();
        var open = new Stack<(string? Id, int Start)>();
        var i = 0;
        while (i < markup.Length)
        {
            if (Starts(markup, i, "[|"))
            {
                open.Push((null, text.Length));
                i += 2;
            }
            else if (Starts(markup, i, "{|") && markup.IndexOf(':', i) is var colon and > 0 && IsId(markup, i + 2, colon))
            {
                open.Push((markup.Substring(i + 2, colon - i - 2), text.Length));
                i = colon + 1;
            }
            else if (Starts(markup, i, "|]") || Starts(markup, i, "|}"))
            {
                if (open.Count == 0)
                {
                    throw new FormatException($"Markup closes a span that was not opened at offset {i}.");
                }

                var (id, start) = open.Pop();
                spans.Add((id, TextSpan.FromBounds(start, text.Length)));
                i += 2;
            }
            else
            {
                text.Append(markup[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException("Markup opens a span that is never closed.");
        }

        return (text.ToString(), spans);
    }

    /// <summary>The source with the given diagnostics marked in, for failure messages.</summary>
    public static string Render(string source, IEnumerable<(string Id, TextSpan Span)> diagnostics)
    {
        var inserts = new List<(int Position, int Order, string Text)>();
        foreach (var (id, span) in diagnostics)
        {
            inserts.Add((span.Start, span.Length, "{|" + id + ":"));
            inserts.Add((span.End, int.MaxValue - span.Length, "|}"));
        }

        var builder = new StringBuilder(source);
        foreach (var (position, _, insert) in inserts.OrderByDescending(x => x.Position).ThenBy(x => x.Order))
        {
            builder.Insert(position, insert);
        }

        return builder.ToString();
    }

    private static bool Starts(string text, int index, string value) => string.CompareOrdinal(text, index, value, 0, value.Length) == 0;

    private static bool IsId(string text, int start, int end)
        => end > start && end - start <= 20 && text.Substring(start, end - start).All(c => char.IsLetterOrDigit(c) || c == '#');
}
