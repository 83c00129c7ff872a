using System;
using System.Collections.Generic;

namespace PortAnalyzers.Config;

internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// One value of a JSON document with where it stands in the text, so a diagnostic can point at the exact
/// characters of a port. Strings keep their decoded text and whether escapes make it differ from the source.
/// </summary>
internal sealed class JsonValue
{
    private JsonProperty[] properties = Array.Empty<JsonProperty>();
    private JsonValue[] items = Array.Empty<JsonValue>();

    public JsonValue(JsonKind kind, int start, int length, string text, bool hasEscapes)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Text = text;
        HasEscapes = hasEscapes;
    }

    public JsonKind Kind { get; }

    /// <summary>Where the token starts: the opening quote of a string, the bracket of an object or array.</summary>
    public int Start { get; }

    public int Length { get; private set; }

    /// <summary>The decoded text of a string, the source text of a number or literal; empty for objects and arrays.</summary>
    public string Text { get; }

    public bool HasEscapes { get; }

    public IReadOnlyList<JsonProperty> Properties => properties;

    public IReadOnlyList<JsonValue> Items => items;

    /// <summary>The value as .NET configuration reads it: strings, numbers and booleans as text; null for the rest.</summary>
    public string? ScalarText => Kind is JsonKind.String or JsonKind.Number or JsonKind.True or JsonKind.False ? Text : null;

    /// <summary>
    /// The values of every property called <paramref name="name"/>, compared as .NET configuration compares keys
    /// (ignoring case); configuration merges objects that appear twice, so all of them count.
    /// </summary>
    public NamedValues Named(string name) => new(properties, name);

    /// <summary>
    /// The scalar values (see <see cref="Scalar"/>) of every property called <paramref name="name"/>, ignoring case.
    /// Asked of every object that may set a listener, which almost never has the property: that costs no list.
    /// </summary>
    public IReadOnlyList<ConfigText> ScalarsNamed(string name)
    {
        List<ConfigText>? scalars = null;
        foreach (var value in Named(name))
        {
            if (value.Scalar is { } scalar)
            {
                (scalars ??= new List<ConfigText>()).Add(scalar);
            }
        }

        return scalars ?? (IReadOnlyList<ConfigText>)Array.Empty<ConfigText>();
    }

    /// <summary>The value as .NET configuration reads it (see <see cref="ScalarText"/>), with where its characters stand.</summary>
    public ConfigText? Scalar => ScalarText is { } text
        ? new ConfigText(text, Start, Length, Kind == JsonKind.String ? Start + 1 : Start, Exact: !HasEscapes)
        : null;

    /// <summary>
    /// Turns every key that is a configuration path (<c>"Kestrel:Endpoints:Http:Url"</c>) into the nested objects it
    /// stands for: .NET configuration joins keys with <c>:</c>, so both forms mean the same. The values keep their
    /// places in the text; only the objects made here have none of their own.
    /// </summary>
    internal void NestKeyPaths()
    {
        foreach (var item in Items)
        {
            item.NestKeyPaths();
        }

        for (var i = 0; i < properties.Length; i++)
        {
            var (name, value) = (properties[i].Name, properties[i].Value);
            value.NestKeyPaths();
            var colon = name.IndexOf(':');
            if (colon > 0 && colon < name.Length - 1)
            {
                var nested = new JsonValue(JsonKind.Object, value.Start, value.Length, string.Empty, hasEscapes: false);
                nested.properties = new[] { new JsonProperty(name.Substring(colon + 1), value) };
                nested.NestKeyPaths();
                properties[i] = new JsonProperty(name.Substring(0, colon), nested);
            }
        }
    }

    /// <summary>Ends an object or array at <paramref name="end"/> with its children, read into arrays of their exact size.</summary>
    internal void Close(int end, JsonProperty[] children, JsonValue[] elements)
    {
        Length = end - Start;
        properties = children;
        items = elements;
    }
}

/// <summary>A property of a JSON object: its name (decoded) and value.</summary>
internal readonly struct JsonProperty
{
    public JsonProperty(string name, JsonValue value)
    {
        Name = name;
        Value = value;
    }

    public string Name { get; }

    public JsonValue Value { get; }
}

/// <summary>
/// The values of an object's properties of one name (<see cref="JsonValue.Named"/>), for a <c>foreach</c> that
/// allocates nothing: the readers ask a few names of every object of every file. As an interface it boxes, as
/// <see cref="System.Collections.Immutable.ImmutableArray{T}"/> does.
/// </summary>
internal readonly struct NamedValues : IEnumerable<JsonValue>
{
    private readonly JsonProperty[] properties;
    private readonly string name;

    public NamedValues(JsonProperty[] properties, string name)
    {
        this.properties = properties;
        this.name = name;
    }

    public Enumerator GetEnumerator() => new(properties, name);

    IEnumerator<JsonValue> IEnumerable<JsonValue>.GetEnumerator() => GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    internal struct Enumerator : IEnumerator<JsonValue>
    {
        private readonly JsonProperty[] properties;
        private readonly string name;
        private int index;

        public Enumerator(JsonProperty[] properties, string name)
        {
            this.properties = properties;
            this.name = name;
            index = -1;
        }

        public JsonValue Current => properties[index].Value;

        object System.Collections.IEnumerator.Current => Current;

        public bool MoveNext()
        {
            while (++index < properties.Length)
            {
                if (string.Equals(properties[index].Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        public void Reset() => index = -1;

        public void Dispose()
        {
        }
    }
}
