using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PortAnalyzers.Config.Yaml;

/// <summary>Scalars (plain, quoted, block) and flow collections, with where their text stands.</summary>
internal sealed partial class YamlReader
{
    /// <summary>A plain scalar; more deeply indented lines after it continue it, folded (<see cref="AppendFold"/>).</summary>
    private YamlNode ParsePlain(int parentIndent)
    {
        var start = pos;
        var end = ScanPlainLine();
        var value = new StringBuilder(text, start, end - start, end - start);
        var lastEnd = end;
        var next = NextContentLine();
        while (next > parentIndent && !AtDocumentMarker(next) && !IsKeyAhead())
        {
            var lineStart = pos;
            AppendFold(value, LineBreaksBetween(lastEnd, lineStart));
            lastEnd = ScanPlainLine();
            value.Append(text, lineStart, lastEnd - lineStart);
            next = NextContentLine();
        }

        var exact = lastEnd == end;
        return YamlNode.NewScalar(new ConfigText(value.ToString(), start, lastEnd - start, start, exact), plain: true);
    }

    /// <summary>The end of the plain text on this line, without trailing blanks; <c>key: value</c> inside it is an error.</summary>
    private int ScanPlainLine()
    {
        var start = pos;
        while (pos < text.Length && text[pos] is not ('\r' or '\n') && !IsCommentStart(pos))
        {
            if (text[pos] == ':' && IsBlankOrEnd(pos + 1))
            {
                throw Error(pos, "a mapping value is not allowed here; quote the text if the ':' belongs to it");
            }

            pos++;
        }

        return TrimEnd(start, pos);
    }

    private YamlNode ParseQuoted()
    {
        var start = pos;
        var quote = text[pos++];
        var value = new StringBuilder();
        var exact = true;
        while (true)
        {
            if (pos >= text.Length)
            {
                throw Error(start, "the quoted text is not closed");
            }

            var c = text[pos];
            if (c == quote)
            {
                if (quote == '\'' && pos + 1 < text.Length && text[pos + 1] == '\'')
                {
                    value.Append('\'');
                    pos += 2;
                    exact = false;
                    continue;
                }

                pos++;
                break;
            }

            if (c == '\\' && quote == '"')
            {
                AppendEscape(value);
                exact = false;
            }
            else if (c is '\r' or '\n')
            {
                // The blanks before a line break are not part of the value, nor is the indentation after it.
                while (value.Length > 0 && IsBlank(value[value.Length - 1]))
                {
                    value.Length--;
                }

                var lineBreaks = 0;
                while (pos < text.Length && text[pos] is '\r' or '\n')
                {
                    pos += text[pos] == '\r' && pos + 1 < text.Length && text[pos + 1] == '\n' ? 2 : 1;
                    lineBreaks++;
                    SkipSpaces();
                }

                AppendFold(value, lineBreaks);
                exact = false;
            }
            else
            {
                value.Append(c);
                pos++;
            }
        }

        return YamlNode.NewScalar(new ConfigText(value.ToString(), start, pos - start, start + 1, exact), plain: false);
    }

    /// <summary>
    /// What <paramref name="lineBreaks"/> line breaks inside a flow scalar are in its value: one is a space, and each
    /// empty line after it a line break.
    /// </summary>
    private static void AppendFold(StringBuilder value, int lineBreaks)
        => value.Append(lineBreaks <= 1 ? " " : new string('\n', lineBreaks - 1));

    private int LineBreaksBetween(int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            count += text[i] == '\n' ? 1 : 0;
        }

        return count;
    }

    private void AppendEscape(StringBuilder value)
    {
        var start = pos++;
        if (pos >= text.Length)
        {
            throw Error(start, "the quoted text is not closed");
        }

        var c = text[pos++];
        if (c is '\r' or '\n')
        {
            // An escaped line break continues the line: neither the break nor the next line's indentation is text.
            pos += c == '\r' && pos < text.Length && text[pos] == '\n' ? 1 : 0;
            SkipSpaces();
            return;
        }

        var hexDigits = c switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
        if (hexDigits > 0)
        {
            if (pos + hexDigits > text.Length || !int.TryParse(text.Substring(pos, hexDigits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) || code > 0x10FFFF)
            {
                throw Error(start, "invalid escape in quoted text");
            }

            value.Append(char.ConvertFromUtf32(code));
            pos += hexDigits;
            return;
        }

        var escaped = c switch
        {
            'n' => "\n",
            't' or '\t' => "\t",
            'r' => "\r",
            '0' => "\0",
            ' ' => " ",
            '"' => "\"",
            '\\' => "\\",
            '/' => "/",
            'e' => "\u001B",
            'a' => "\a",
            'b' => "\b",
            'f' => "\f",
            'v' => "\v",
            _ => null,
        };
        if (escaped is null)
        {
            throw Error(start, "invalid escape '\\" + c + "' in quoted text");
        }

        value.Append(escaped);
    }

    /// <summary>
    /// A literal (<c>|</c>) or folded (<c>&gt;</c>) block: the lines deeper than the parent, without the block's
    /// indentation, its final line break clipped, stripped (<c>-</c>) or kept (<c>+</c>) as its header says.
    /// </summary>
    private YamlNode ParseBlockScalar(int parentIndent)
    {
        var start = pos;
        var literal = text[pos] == '|';
        var chomping = ' ';
        for (var p = pos + 1; p < text.Length && text[p] is '-' or '+' or (>= '1' and <= '9'); p++)
        {
            chomping = text[p] is '-' or '+' ? text[p] : chomping;
        }

        SkipToLineEnd();
        var lines = new List<string>();
        var end = pos;
        var blockIndent = -1;
        while (pos < text.Length)
        {
            pos += text[pos] == '\r' && pos + 1 < text.Length && text[pos + 1] == '\n' ? 2 : 1;
            if (pos >= text.Length)
            {
                break;
            }

            var lineStart = pos;
            SkipSpaces();
            var blank = pos >= text.Length || text[pos] is '\r' or '\n';
            // A line indented less than the block's content ends it (a comment after a block, most often).
            if (!blank && (pos - lineStart <= parentIndent || pos - lineStart < blockIndent))
            {
                pos = lineStart;
                break;
            }

            blockIndent = blank || blockIndent >= 0 ? blockIndent : pos - lineStart;
            SkipToLineEnd();
            var contentStart = Math.Min(lineStart + Math.Max(blockIndent, 0), pos);
            lines.Add(blank ? string.Empty : text.Substring(contentStart, pos - contentStart));
            end = blank ? end : pos;
        }

        var trailingBlankLines = 0;
        while (lines.Count > 0 && lines[lines.Count - 1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
            trailingBlankLines++;
        }

        // The final line break is the one after the last line of text; a text that ends on that line has none.
        var value = new StringBuilder(literal ? string.Join("\n", lines) : Folded(lines));
        var finalBreaks = end < text.Length ? 1 : 0;
        if (lines.Count > 0 && chomping != '-')
        {
            value.Append('\n', chomping == '+' ? finalBreaks + trailingBlankLines : finalBreaks);
        }

        return YamlNode.NewScalar(new ConfigText(value.ToString(), start, end - start, start, Exact: false), plain: false);
    }

    /// <summary>
    /// Folded lines: a line break between two lines of text is a space, an empty line is a line break, and the
    /// lines indented more than the block keep their breaks.
    /// </summary>
    private static string Folded(List<string> lines)
    {
        var value = new StringBuilder();
        string? previousText = null;
        var emptySincePrevious = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                value.Append('\n');
                emptySincePrevious++;
                continue;
            }

            var moreIndented = previousText is not null && (IsBlank(previousText[0]) || IsBlank(line[0]));
            if (moreIndented || (previousText is not null && emptySincePrevious == 0))
            {
                value.Append(moreIndented ? '\n' : ' ');
            }

            value.Append(line);
            previousText = line;
            emptySincePrevious = 0;
        }

        return value.ToString();
    }

    private YamlNode ParseFlow()
    {
        Enter();
        var start = pos;
        var isMapping = text[pos++] == '{';
        var close = isMapping ? '}' : ']';
        var node = YamlNode.NewCollection(isMapping ? YamlKind.Mapping : YamlKind.Sequence, start);
        while (true)
        {
            SkipFlowSpace(start);
            if (text[pos] == close)
            {
                pos++;
                depth--;
                return node;
            }

            var item = ParseFlowItem(start);
            SkipFlowSpace(start);
            if (isMapping)
            {
                var value = NullAt(pos);
                if (text[pos] == ':')
                {
                    pos++;
                    SkipFlowSpace(start);
                    value = text[pos] is ',' or '}' ? NullAt(pos) : ParseFlowItem(start);
                    SkipFlowSpace(start);
                }

                node.Add(item, value);
            }
            else
            {
                node.Add(item);
            }

            if (text[pos] == ',')
            {
                pos++;
            }
            else if (text[pos] != close)
            {
                throw Error(pos, "',' or '" + close + "' expected");
            }
        }
    }

    private YamlNode ParseFlowItem(int flowStart)
    {
        var anchor = ReadProperties();

        // An anchor or tag may stand at the end of the text, or of its line, with the node after it.
        SkipFlowSpace(flowStart);
        YamlNode item;
        switch (text[pos])
        {
            case '[':
            case '{':
                item = ParseFlow();
                break;
            case '"':
            case '\'':
                item = ParseQuoted();
                break;
            case '*':
                item = ParseAlias();
                break;
            default:
                var start = pos;
                while (pos < text.Length && text[pos] is not (',' or '[' or ']' or '{' or '}' or '\r' or '\n') && !IsCommentStart(pos)
                    && !(text[pos] == ':' && (IsBlankOrEnd(pos + 1) || text[pos + 1] is ',' or ']' or '}')))
                {
                    pos++;
                }

                var end = TrimEnd(start, pos);
                if (end == start)
                {
                    throw Error(pos < text.Length ? pos : flowStart, "a value is expected here");
                }

                item = YamlNode.NewScalar(new ConfigText(text.Substring(start, end - start), start, end - start, start, Exact: true), plain: true);
                break;
        }

        return anchor is null ? item : Anchor(anchor, item);
    }

    /// <summary>Blanks, line breaks and comments between the items of a flow collection; the end of the text is an error.</summary>
    private void SkipFlowSpace(int flowStart)
    {
        while (true)
        {
            while (pos < text.Length && text[pos] is ' ' or '\t' or '\r' or '\n')
            {
                pos++;
            }

            if (pos >= text.Length)
            {
                throw Error(flowStart, "the '" + text[flowStart] + "' is not closed");
            }

            if (!IsCommentStart(pos))
            {
                return;
            }

            SkipToLineEnd();
        }
    }
}
