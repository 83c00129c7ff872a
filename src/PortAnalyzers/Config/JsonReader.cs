using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;

namespace PortAnalyzers.Config;

/// <summary>
/// Reads JSON the way .NET configuration does (System.Text.Json with comments skipped and trailing commas
/// allowed, at most 64 levels deep, an object at the top): the document with exact positions, or the first error.
/// One pass without recursion, so size costs linear time and depth cannot overflow the stack. A reader reads one
/// document at a time and may read any number in turn, keeping its lists and the property names it has read: a
/// compilation's JSON files share one (<see cref="JsonDocuments"/>), as every allocation of the config analyzer
/// costs about 2 µs a kilobyte in the build (fresh memory, faulted in), and a new reader per file made a quarter of
/// its reads' allocations.
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

    private readonly List<Frame> stack = new();

    // The children of every open container, in order: a container takes its own, as an array of their exact size,
    // when it closes, so no list grows per object.
    private readonly List<JsonProperty> openProperties = new();
    private readonly List<JsonValue> openItems = new();
    private readonly StringBuilder decoded = new();
    private readonly JsonNames names = new();
    private string text = string.Empty;
    private CancellationToken cancellationToken;
    private int position;
    private ReadError? error;

    private enum State
    {
        Value,
        ObjectStart,
        ArrayStart,
        AfterValue,
        End,
    }

    /// <summary>Reads a single document with a reader of its own; exactly one of the results is not null.</summary>
    public static (JsonValue? Root, ReadError? Error) Read(string text, CancellationToken cancellationToken = default)
        => new JsonReader().ReadDocument(text, cancellationToken);

    /// <summary>Reads <paramref name="text"/>; exactly one of the results is not null. One read at a time.</summary>
    public (JsonValue? Root, ReadError? Error) ReadDocument(string text, CancellationToken cancellationToken = default)
    {
        this.text = text;
        this.cancellationToken = cancellationToken;
        position = 0;
        error = null;
        try
        {
            var root = ReadDocument();
            return error is { } failure ? (null, failure) : (root, null);
        }
        finally
        {
            // A failed or cancelled read leaves containers open: a reader kept for the next file holds no part of this one.
            stack.Clear();
            openProperties.Clear();
            openItems.Clear();
            this.text = string.Empty;
        }
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

                        var container = new JsonValue(c == '{' ? JsonKind.Object : JsonKind.Array, position, 1, string.Empty, false);
                        stack.Add(new Frame(container, c == '{' ? openProperties.Count : openItems.Count, pendingName: null));
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
                        if (ReadStringText(out _, isName: true) is not { } name)
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
                        stack[stack.Count - 1] = stack[stack.Count - 1].WithPendingName(name);
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
            openProperties.Add(new JsonProperty(parent.PendingName!, value));
        }
        else
        {
            openItems.Add(value);
        }

        return State.AfterValue;
    }

    private State CloseContainer(ref JsonValue? root)
    {
        position++;
        var frame = stack[stack.Count - 1];
        stack.RemoveAt(stack.Count - 1);
        var isObject = frame.Value.Kind == JsonKind.Object;
        frame.Value.Close(position, isObject ? Take(openProperties, frame.FirstChild) : Array.Empty<JsonProperty>(), isObject ? Array.Empty<JsonValue>() : Take(openItems, frame.FirstChild));
        return Complete(frame.Value, ref root);
    }

    /// <summary>Removes the children from <paramref name="first"/> on, as an array.</summary>
    private static T[] Take<T>(List<T> open, int first)
    {
        var count = open.Count - first;
        if (count == 0)
        {
            return Array.Empty<T>();
        }

        var children = new T[count];
        open.CopyTo(first, children, 0, count);
        open.RemoveRange(first, count);
        return children;
    }

    private JsonValue? Fail(int offset, int length, string message)
    {
        error ??= new ReadError(offset, length, message);
        return null;
    }

    private static string Describe(char c) => c == '\0' ? "end of file" : c < ' ' ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString();

    /// <summary>An open container: where its children start in the open lists, and the name of the property being read.</summary>
    private readonly struct Frame
    {
        public Frame(JsonValue value, int firstChild, string? pendingName)
        {
            Value = value;
            FirstChild = firstChild;
            PendingName = pendingName;
        }

        public JsonValue Value { get; }

        public int FirstChild { get; }

        public string? PendingName { get; }

        public Frame WithPendingName(string name) => new(Value, FirstChild, name);
    }
}
