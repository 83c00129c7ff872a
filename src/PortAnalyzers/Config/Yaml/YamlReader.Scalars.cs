using System;
using System.Globalization;
using System.Text;

namespace PortAnalyzers.Config.Yaml;

/// <summary>Scalars (plain, quoted, block) and flow collections, with where their text stands.</summary>
internal sealed partial class YamlReader
{
    /// <summary>A plain scalar; more deeply indented lines after it continue it, folded with spaces.</summary>
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
            lastEnd = ScanPlainLine();
            value.Append(' ').Append(text, lineStart, lastEnd - lineStart);
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
                SkipToLineEnd();
                pos += text[pos] == '\r' && pos + 1 < text.Length && text[pos + 1] == '\n' ? 2 : 1;
                SkipSpaces();
                value.Append(' ');
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

    private void AppendEscape(StringBuilder value)
    {
        var start = pos++;
        if (pos >= text.Length)
        {
            throw Error(start, "the quoted text is not closed");
        }

        var c = text[pos++];
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

    /// <summary>A literal (<c>|</c>) or folded (<c>&gt;</c>) block: the lines deeper than the parent, without the block's indentation.</summary>
    private YamlNode ParseBlockScalar(int parentIndent)
    {
        var start = pos;
        var separator = text[pos] == '|' ? '\n' : ' ';
        SkipToLineEnd();
        var value = new StringBuilder();
        var end = pos;
        var blockIndent = -1;
        while (pos < text.Length)
        {
            pos += text[pos] == '\r' && pos + 1 < text.Length && text[pos + 1] == '\n' ? 2 : 1;
            var lineStart = pos;
            SkipSpaces();
            var blank = pos >= text.Length || text[pos] is '\r' or '\n';
            if (!blank && pos - lineStart <= parentIndent)
            {
                pos = lineStart;
                break;
            }

            blockIndent = blank || blockIndent >= 0 ? blockIndent : pos - lineStart;
            SkipToLineEnd();
            var contentStart = Math.Min(lineStart + Math.Max(blockIndent, 0), pos);
            value.Append(separator).Append(text, contentStart, pos - contentStart);
            end = blank ? end : pos;
        }

        return YamlNode.NewScalar(new ConfigText(value.ToString().Trim(), start, end - start, start, Exact: false), plain: false);
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
