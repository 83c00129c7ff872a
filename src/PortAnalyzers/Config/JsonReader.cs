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
internal sealed partial class JsonReader
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
