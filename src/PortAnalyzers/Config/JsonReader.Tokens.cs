using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;

namespace PortAnalyzers.Config;

/// <summary>The tokens: literals, numbers, strings with their escapes, and the trivia between them.</summary>
internal sealed partial class JsonReader
{
    private JsonValue? ReadScalar()
    {
        var c = text[position];
        if (c == '"')
        {
            return ReadString();
        }

        if (c == '-' || (c >= '0' && c <= '9'))
        {
            return ReadNumber();
        }

        foreach (var (literal, kind) in Literals)
        {
            if (string.CompareOrdinal(text, position, literal, 0, literal.Length) == 0)
            {
                var value = new JsonValue(kind, position, literal.Length, literal, false);
                position += literal.Length;
                return value;
            }
        }

        return Fail(position, 1, "'" + Describe(c) + "' cannot start a value; strings need double quotes");
    }

    /// <summary>A number as JSON writes it: <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>.</summary>
    private JsonValue? ReadNumber()
    {
        var start = position;
        if (text[position] == '-')
        {
            position++;
        }

        if (position < text.Length && text[position] == '0')
        {
            position++;
        }
        else if (SkipDigits() == 0)
        {
            return Fail(start, position - start + 1, "a number needs digits");
        }

        if (position < text.Length && text[position] == '.')
        {
            position++;
            if (SkipDigits() == 0)
            {
                return Fail(start, position - start, "a number needs digits after its decimal point");
            }
        }

        if (position < text.Length && text[position] is 'e' or 'E')
        {
            position++;
            if (position < text.Length && text[position] is '+' or '-')
            {
                position++;
            }

            if (SkipDigits() == 0)
            {
                return Fail(start, position - start, "a number needs digits in its exponent");
            }
        }

        return new JsonValue(JsonKind.Number, start, position - start, text.Substring(start, position - start), false);
    }

    private int SkipDigits()
    {
        var start = position;
        while (position < text.Length && text[position] >= '0' && text[position] <= '9')
        {
            position++;
        }

        return position - start;
    }

    private JsonValue? ReadString()
    {
        var start = position;
        return ReadStringText(out var hasEscapes, isName: false) is { } value ? new JsonValue(JsonKind.String, start, position - start, value, hasEscapes) : null;
    }

    /// <summary>
    /// The decoded text of the string at <see cref="position"/>, which is left after its closing quote: a property name
    /// needs no value of its own, and one written without escapes is the string of the same name read before.
    /// </summary>
    private string? ReadStringText(out bool hasEscapes, bool isName)
    {
        var start = position;
        position++;
        var runStart = position;
        hasEscapes = false;
        decoded.Clear();
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '"')
            {
                var value = hasEscapes ? decoded.Append(text, runStart, position - runStart).ToString()
                    : isName ? names.Get(text, runStart, position - runStart)
                    : text.Substring(runStart, position - runStart);
                position++;
                return value;
            }

            if (c < ' ')
            {
                if (c is '\r' or '\n')
                {
                    Fail(start, position - start, "the string is not closed on its line");
                }
                else
                {
                    Fail(position, 1, "a control character must be escaped in a string");
                }

                return null;
            }

            if (c != '\\')
            {
                position++;
                continue;
            }

            hasEscapes = true;
            decoded.Append(text, runStart, position - runStart);
            if (!ReadEscape())
            {
                return null;
            }

            runStart = position;
        }

        Fail(start, 1, "the string is never closed");
        return null;
    }

    /// <summary>Decodes the escape at <see cref="position"/> (a backslash) into <see cref="decoded"/>.</summary>
    private bool ReadEscape()
    {
        var start = position;
        var next = position + 1 < text.Length ? text[position + 1] : '\0';
        char value;
        switch (next)
        {
            case '"': value = '"'; break;
            case '\\': value = '\\'; break;
            case '/': value = '/'; break;
            case 'b': value = '\b'; break;
            case 'f': value = '\f'; break;
            case 'n': value = '\n'; break;
            case 'r': value = '\r'; break;
            case 't': value = '\t'; break;
            case 'u':
                if (position + 6 > text.Length || !int.TryParse(text.Substring(position + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    Fail(start, System.Math.Min(6, text.Length - start), "'\\u' needs four hexadecimal digits");
                    return false;
                }

                decoded.Append((char)code);
                position += 6;
                return true;
            default:
                Fail(start, next == '\0' ? 1 : 2, "'\\" + Describe(next) + "' is not a JSON escape");
                return false;
        }

        decoded.Append(value);
        position += 2;
        return true;
    }

    /// <summary>Skips white space and <c>//</c> and <c>/* */</c> comments; false when a comment is never closed.</summary>
    private bool SkipTrivia()
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                position++;
            }
            else if (c == '/' && position + 1 < text.Length && text[position + 1] == '/')
            {
                while (position < text.Length && text[position] is not ('\r' or '\n'))
                {
                    position++;
                }
            }
            else if (c == '/' && position + 1 < text.Length && text[position + 1] == '*')
            {
                var close = text.IndexOf("*/", position + 2, System.StringComparison.Ordinal);
                if (close < 0)
                {
                    Fail(position, 2, "the comment is never closed");
                    return false;
                }

                position = close + 2;
            }
            else
            {
                return true;
            }
        }

        return true;
    }
}
