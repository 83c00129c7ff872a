using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;

namespace PortAnalyzers.Config;

/// <summary>
/// Reads JSON the way .NET configuration does (System.Text.Json with comments skipped and trailing commas
/// allowed, at most 64 levels deep, an object at the top): the document with exact positions, or the first error.
/// One pass without recursion, so size costs linear time and depth cannot overflow the stack.
/// </summary>
internal sealed class JsonReader
{
    /// <summary>System.Text.Json's default <c>MaxDepth</c>, which the configuration reader keeps.</summary>
    public const int MaxDepth = 64;

    private static readonly (string Literal, JsonKind Kind)[] Literals =
    {
        ("true", JsonKind.True),
        ("false", JsonKind.False),
        ("null", JsonKind.Null),
    };

    private readonly string text;
    private readonly CancellationToken cancellationToken;
    private readonly List<Frame> stack = new();
    private readonly StringBuilder decoded = new();
    private int position;
    private ReadError? error;

    private JsonReader(string text, CancellationToken cancellationToken)
    {
        this.text = text;
        this.cancellationToken = cancellationToken;
    }

    private enum State
    {
        Value,
        ObjectStart,
        ArrayStart,
        AfterValue,
        End,
    }

    /// <summary>Reads <paramref name="text"/>; exactly one of the results is not null.</summary>
    public static (JsonValue? Root, ReadError? Error) Read(string text, CancellationToken cancellationToken = default)
    {
        var reader = new JsonReader(text, cancellationToken);
        var root = reader.ReadDocument();
        return reader.error is { } error ? (null, error) : (root, null);
    }

    private JsonValue? ReadDocument()
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            position = 1;
        }

        JsonValue? root = null;
        var state = State.Value;
        while (error is null)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!SkipTrivia())
            {
                return null;
            }

            var atEnd = position >= text.Length;
            var c = atEnd ? '\0' : text[position];
            switch (state)
            {
                case State.Value:
                    if (atEnd)
                    {
                        return Fail(position, 0, root is null && stack.Count == 0 ? "the file is empty; a JSON object is expected" : "the file ends where a value is expected");
                    }

                    if (c is '{' or '[')
                    {
                        if (stack.Count == MaxDepth)
                        {
                            return Fail(position, 1, "the values nest deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels, the most .NET configuration reads");
                        }

                        if (stack.Count == 0 && c == '[')
                        {
                            return Fail(position, 1, "the top-level value is an array; .NET configuration expects an object");
                        }

                        stack.Add(new Frame(new JsonValue(c == '{' ? JsonKind.Object : JsonKind.Array, position, 1, string.Empty, false)));
                        position++;
                        state = c == '{' ? State.ObjectStart : State.ArrayStart;
                        break;
                    }

                    if (stack.Count == 0 && !atEnd)
                    {
                        return Fail(position, 1, "the top-level value is not an object; .NET configuration expects an object");
                    }

                    if (ReadScalar() is not { } scalar)
                    {
                        return null;
                    }

                    state = Complete(scalar, ref root);
                    break;

                case State.ObjectStart:
                    if (c == '}')
                    {
                        state = CloseContainer(ref root);
                    }
                    else if (c == '"')
                    {
                        if (ReadString() is not { } name)
                        {
                            return null;
                        }

                        if (!SkipTrivia())
                        {
                            return null;
                        }

                        if (position >= text.Length || text[position] != ':')
                        {
                            return Fail(position, position < text.Length ? 1 : 0, "':' is expected after the property name");
                        }

                        position++;
                        stack[stack.Count - 1].PendingName = name.Text;
                        state = State.Value;
                    }
                    else
                    {
                        return Fail(position, atEnd ? 0 : 1, atEnd ? "the file ends inside an object; '}' is missing" : "a property name in double quotes or '}' is expected");
                    }

                    break;

                case State.ArrayStart:
                    state = c == ']' ? CloseContainer(ref root) : State.Value;
                    break;

                case State.AfterValue:
                    var inObject = stack[stack.Count - 1].Value.Kind == JsonKind.Object;
                    var close = inObject ? '}' : ']';
                    if (c == ',')
                    {
                        position++;
                        state = inObject ? State.ObjectStart : State.ArrayStart;
                    }
                    else if (c == close)
                    {
                        state = CloseContainer(ref root);
                    }
                    else if (atEnd)
                    {
                        return Fail(position, 0, "the file ends inside " + (inObject ? "an object; '}'" : "an array; ']'") + " is missing");
                    }
                    else
                    {
                        return Fail(position, 1, "',' or '" + close + "' is expected after a value");
                    }

                    break;

                case State.End:
                    return atEnd ? root : Fail(position, 1, "text follows the end of the top-level object");
            }
        }

        return null;
    }

    /// <summary>Attaches a finished value to its parent, or makes it the document.</summary>
    private State Complete(JsonValue value, ref JsonValue? root)
    {
        if (stack.Count == 0)
        {
            root = value;
            return State.End;
        }

        var parent = stack[stack.Count - 1];
        if (parent.Value.Kind == JsonKind.Object)
        {
            parent.Value.Add(new JsonProperty(parent.PendingName!, value));
        }
        else
        {
            parent.Value.Add(value);
        }

        return State.AfterValue;
    }

    private State CloseContainer(ref JsonValue? root)
    {
        position++;
        var container = stack[stack.Count - 1].Value;
        stack.RemoveAt(stack.Count - 1);
        container.Close(position);
        return Complete(container, ref root);
    }

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
        position++;
        var runStart = position;
        var hasEscapes = false;
        decoded.Clear();
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '"')
            {
                var value = hasEscapes ? decoded.Append(text, runStart, position - runStart).ToString() : text.Substring(runStart, position - runStart);
                position++;
                return new JsonValue(JsonKind.String, start, position - start, value, hasEscapes);
            }

            if (c < ' ')
            {
                return c is '\r' or '\n'
                    ? Fail(start, position - start, "the string is not closed on its line")
                    : Fail(position, 1, "a control character must be escaped in a string");
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

        return Fail(start, 1, "the string is never closed");
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

    private JsonValue? Fail(int offset, int length, string message)
    {
        error ??= new ReadError(offset, length, message);
        return null;
    }

    private static string Describe(char c) => c == '\0' ? "end of file" : c < ' ' ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString();

    private sealed class Frame
    {
        public Frame(JsonValue value) => Value = value;

        public JsonValue Value { get; }

        public string? PendingName { get; set; }
    }
}
