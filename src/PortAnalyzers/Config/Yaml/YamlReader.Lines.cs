namespace PortAnalyzers.Config.Yaml;

/// <summary>Lines, indentation and comments: where the block structure of a YAML document comes from.</summary>
internal sealed partial class YamlReader
{
    /// <summary>
    /// Moves to the first character of the next line that holds content and returns its indentation, or -1 at the
    /// end of the text. Stays put when already there, so a node that looked ahead leaves the line to its parent.
    /// </summary>
    private int NextContentLine()
    {
        if (OnlyBlanksBefore(pos))
        {
            SkipSpaces();
            if (!AtLineEnd())
            {
                return Column(pos);
            }
        }
        else
        {
            SkipSpaces();
            if (!AtLineEnd())
            {
                throw Error(pos, "unexpected text after the value");
            }
        }

        while (true)
        {
            SkipToLineEnd();
            if (pos >= text.Length)
            {
                return -1;
            }

            pos += text[pos] == '\r' && pos + 1 < text.Length && text[pos + 1] == '\n' ? 2 : 1;
            var lineStart = pos;
            while (pos < text.Length && text[pos] == ' ')
            {
                pos++;
            }

            var indent = pos - lineStart;
            while (pos < text.Length && text[pos] == '\t')
            {
                pos++;
            }

            if (!AtLineEnd())
            {
                if (pos - lineStart != indent)
                {
                    throw Error(lineStart + indent, "tabs are not allowed in indentation");
                }

                return indent;
            }
        }
    }

    private bool OnlyBlanksBefore(int offset)
    {
        for (var i = offset - 1; i >= 0 && text[i] != '\n'; i--)
        {
            if (text[i] != ' ' && !IsByteOrderMark(i))
            {
                return false;
            }
        }

        return true;
    }

    private int Column(int offset)
    {
        var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        return offset - (lineStart == 0 && offset > 0 && IsByteOrderMark(0) ? 1 : lineStart);
    }

    /// <summary>A byte order mark the text kept (an editor's, read as text) comes before the first line, not on it.</summary>
    private bool IsByteOrderMark(int offset) => offset == 0 && text.Length > 0 && text[0] == '\uFEFF';

    private void SkipSpaces()
    {
        while (pos < text.Length && text[pos] is ' ' or '\t')
        {
            pos++;
        }
    }

    private void SkipToLineEnd()
    {
        while (pos < text.Length && text[pos] is not ('\r' or '\n'))
        {
            pos++;
        }
    }

    /// <summary>Only a comment or nothing is left on the line.</summary>
    private bool AtLineEnd() => pos >= text.Length || text[pos] is '\r' or '\n' || IsCommentStart(pos);

    /// <summary>A <c>#</c> that starts a line (after a byte order mark, too) or follows a blank; inside a word it is text (<c>a#b</c>).</summary>
    private bool IsCommentStart(int offset) => text[offset] == '#' && (offset == 0 || text[offset - 1] is ' ' or '\t' or '\r' or '\n' || IsByteOrderMark(offset - 1));

    private bool IsMarker(string marker)
        => Column(pos) == 0 && string.CompareOrdinal(text, pos, marker, 0, marker.Length) == 0 && IsBlankOrEnd(pos + marker.Length);

    private bool AtDocumentMarker(int indent) => indent == 0 && (IsMarker("---") || IsMarker("..."));

    private bool IsSequenceEntry() => pos < text.Length && text[pos] == '-' && IsBlankOrEnd(pos + 1);

    /// <summary>The current line starts a <c>key: value</c> pair.</summary>
    private bool IsKeyAhead()
    {
        var p = pos;
        while (p < text.Length && text[p] is '&' or '!')
        {
            // An anchor or tag before the node: what follows decides.
            while (p < text.Length && !IsBlankOrEnd(p))
            {
                p++;
            }

            while (p < text.Length && IsBlank(text[p]))
            {
                p++;
            }
        }

        if (p >= text.Length || text[p] is '\r' or '\n')
        {
            return false;
        }

        if (text[p] is '"' or '\'')
        {
            var quote = text[p];
            p++;
            while (p < text.Length && text[p] is not ('\r' or '\n'))
            {
                if (text[p] == '\\' && quote == '"')
                {
                    p += 2;
                    continue;
                }

                if (text[p] == quote)
                {
                    if (quote == '\'' && p + 1 < text.Length && text[p + 1] == '\'')
                    {
                        p += 2;
                        continue;
                    }

                    p++;
                    while (p < text.Length && text[p] is ' ' or '\t')
                    {
                        p++;
                    }

                    return p < text.Length && text[p] == ':' && IsBlankOrEnd(p + 1);
                }

                p++;
            }

            return false;
        }

        if (text[p] is '[' or '{' or '*' or '|' or '>')
        {
            return false;
        }

        for (; p < text.Length && text[p] is not ('\r' or '\n') && !IsCommentStart(p); p++)
        {
            if (text[p] == ':' && IsBlankOrEnd(p + 1))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsBlankOrEnd(int offset) => offset >= text.Length || IsBlank(text[offset]) || text[offset] is '\r' or '\n';

    private static bool IsBlank(char c) => c is ' ' or '\t';

    private int TrimEnd(int start, int end)
    {
        while (end > start && IsBlank(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
