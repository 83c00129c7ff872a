using System;
using System.Collections.Generic;
using System.Threading;

namespace PortAnalyzers.Config.Containers;

/// <summary>
/// Splits a Dockerfile into instructions as BuildKit does: the <c># escape=</c> parser directive, comment lines,
/// lines continued with the escape character (comment and empty lines inside a continuation are dropped), and
/// here-documents (<c>RUN &lt;&lt;EOF</c> ... <c>EOF</c>), whose lines are not instructions.
/// </summary>
internal static class DockerfileLines
{
    private static readonly string[] HereDocumentInstructions = { "RUN", "COPY", "ADD" };

    public static List<DockerInstruction> Split(string text, CancellationToken cancellationToken)
    {
        var instructions = new List<DockerInstruction>();
        var builder = new DockerInstruction.Builder();
        var hereDocuments = new Queue<(string Word, bool StripTabs)>();
        var escape = '\\';
        var directives = true;
        var pos = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        while (pos < text.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lineEnd = text.IndexOf('\n', pos);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var end = lineEnd > pos && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            var lineStart = pos;
            pos = lineEnd + 1;

            if (hereDocuments.Count > 0)
            {
                var (word, stripTabs) = hereDocuments.Peek();
                var start = lineStart;
                while (stripTabs && start < end && text[start] == '\t')
                {
                    start++;
                }

                if (end - start == word.Length && string.CompareOrdinal(text, start, word, 0, word.Length) == 0)
                {
                    hereDocuments.Dequeue();
                }

                continue;
            }

            var first = lineStart;
            while (first < end && char.IsWhiteSpace(text[first]))
            {
                first++;
            }

            if (first == end || text[first] == '#')
            {
                if (builder.IsEmpty && directives && first < end)
                {
                    directives = ReadDirective(text, first + 1, end, ref escape);
                }
                else if (builder.IsEmpty)
                {
                    directives = false;
                }

                continue;
            }

            directives = false;
            var trimmed = end;
            while (trimmed > first && char.IsWhiteSpace(text[trimmed - 1]))
            {
                trimmed--;
            }

            if (text[trimmed - 1] == escape)
            {
                builder.Append(text, builder.IsEmpty ? first : lineStart, trimmed - 1);
                continue;
            }

            builder.Append(text, builder.IsEmpty ? first : lineStart, trimmed);
            var instruction = builder.Build();
            instructions.Add(instruction);
            QueueHereDocuments(instruction, hereDocuments);
        }

        if (!builder.IsEmpty)
        {
            instructions.Add(builder.Build());
        }

        return instructions;
    }

    /// <summary>Reads <c>escape=X</c> (the one directive that changes parsing); false when the comment is not a directive, which ends them.</summary>
    private static bool ReadDirective(string text, int start, int end, ref char escape)
    {
        var directive = text.Substring(start, end - start).Trim();
        var equals = directive.IndexOf('=');
        if (equals <= 0)
        {
            return false;
        }

        var name = directive.Substring(0, equals).Trim();
        var value = directive.Substring(equals + 1).Trim();
        if (name.Equals("escape", StringComparison.OrdinalIgnoreCase) && value is "`" or "\\")
        {
            escape = value[0];
        }

        return true;
    }

    private static void QueueHereDocuments(DockerInstruction instruction, Queue<(string, bool)> hereDocuments)
    {
        if (Array.IndexOf(HereDocumentInstructions, instruction.Keyword) < 0)
        {
            return;
        }

        var text = instruction.Text;
        for (var i = text.IndexOf("<<", StringComparison.Ordinal); i >= 0; i = text.IndexOf("<<", i + 2, StringComparison.Ordinal))
        {
            var p = i + 2;
            if (p < text.Length && text[p] == '<')
            {
                i = p;
                continue;
            }

            var stripTabs = p < text.Length && text[p] == '-';
            p += stripTabs ? 1 : 0;
            var quote = p < text.Length && text[p] is '"' or '\'' ? text[p++] : '\0';
            var start = p;
            while (p < text.Length && (char.IsLetterOrDigit(text[p]) || text[p] == '_'))
            {
                p++;
            }

            if (p > start && (quote == '\0' || (p < text.Length && text[p] == quote)))
            {
                hereDocuments.Enqueue((text.Substring(start, p - start), stripTabs));
            }
        }
    }
}
