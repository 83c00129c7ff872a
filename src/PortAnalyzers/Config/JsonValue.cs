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
    private static readonly List<JsonProperty> NoProperties = new(0);
    private static readonly List<JsonValue> NoItems = new(0);

    private List<JsonProperty>? properties;
    private List<JsonValue>? items;

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

    public IReadOnlyList<JsonProperty> Properties => properties ?? NoProperties;

    public IReadOnlyList<JsonValue> Items => items ?? NoItems;

    /// <summary>The value as .NET configuration reads it: strings, numbers and booleans as text; null for the rest.</summary>
    public string? ScalarText => Kind is JsonKind.String or JsonKind.Number or JsonKind.True or JsonKind.False ? Text : null;

    /// <summary>
    /// The values of every property called <paramref name="name"/>, compared as .NET configuration compares keys
    /// (ignoring case); configuration merges objects that appear twice, so all of them count.
    /// </summary>
    public IEnumerable<JsonValue> Named(string name)
    {
        // By index: a foreach over the list as IReadOnlyList boxes its enumerator, one allocation per question.
        var all = Properties;
        for (var i = 0; i < all.Count; i++)
        {
            if (string.Equals(all[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                yield return all[i].Value;
            }
        }
    }

    /// <summary>The scalar values (see <see cref="Scalar"/>) of every property called <paramref name="name"/>, ignoring case.</summary>
    public IEnumerable<ConfigText> ScalarsNamed(string name)
    {
        foreach (var value in Named(name))
        {
            if (value.Scalar is { } scalar)
            {
                yield return scalar;
            }
        }
    }

    /// <summary>The value as .NET configuration reads it (see <see cref="ScalarText"/>), with where its characters stand.</summary>
    public ConfigText? Scalar => ScalarText is { } text
        ? new ConfigText(text, Start, Length, Kind == JsonKind.String ? Start + 1 : Start, Exact: !HasEscapes)
        : null;

    internal void Add(JsonProperty property) => (properties ??= new List<JsonProperty>()).Add(property);

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

        for (var i = 0; i < Properties.Count; i++)
        {
            var (name, value) = (properties![i].Name, properties[i].Value);
            value.NestKeyPaths();
            var colon = name.IndexOf(':');
            if (colon > 0 && colon < name.Length - 1)
            {
                var nested = new JsonValue(JsonKind.Object, value.Start, value.Length, string.Empty, hasEscapes: false);
                nested.Add(new JsonProperty(name.Substring(colon + 1), value));
                nested.NestKeyPaths();
                properties[i] = new JsonProperty(name.Substring(0, colon), nested);
            }
        }
    }

    internal void Add(JsonValue item) => (items ??= new List<JsonValue>()).Add(item);

    internal void Close(int end) => Length = end - Start;
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
