using System.Collections.Generic;

namespace PortAnalyzers.Config.Yaml;

internal enum YamlKind
{
    Scalar,
    Mapping,
    Sequence,
}

/// <summary>
/// One node of a YAML document, with where a scalar stands in the text so that a diagnostic can point at the
/// characters of a port. Mappings keep their keys in order and the mappings merged into them with <c>&lt;&lt;</c>.
/// </summary>
internal sealed class YamlNode
{
    private static readonly List<(YamlNode Key, YamlNode Value)> NoEntries = new(0);
    private static readonly List<YamlNode> NoItems = new(0);

    private List<(YamlNode Key, YamlNode Value)>? entries;
    private List<YamlNode>? items;
    private List<YamlNode>? merged;

    private YamlNode(YamlKind kind, ConfigText text)
    {
        Kind = kind;
        Text = text;
    }

    public YamlKind Kind { get; }

    /// <summary>A scalar's value and place; for a collection, where it starts and an empty text.</summary>
    public ConfigText Text { get; }

    /// <summary>A scalar's value; null for a collection and for YAML's null (<c>~</c>, <c>null</c> or nothing).</summary>
    public string? Scalar => Kind == YamlKind.Scalar && !IsNull ? Text.Text : null;

    public bool IsNull { get; private set; }

    public IReadOnlyList<(YamlNode Key, YamlNode Value)> Entries => entries ?? NoEntries;

    public IReadOnlyList<YamlNode> Items => items ?? NoItems;

    public static YamlNode NewScalar(ConfigText text, bool plain)
        => new(YamlKind.Scalar, text) { IsNull = plain && text.Text is "" or "~" or "null" or "Null" or "NULL" };

    public static YamlNode NewCollection(YamlKind kind, int start) => new(kind, new ConfigText(string.Empty, start, 0, start, Exact: false));

    /// <summary>The value of <paramref name="key"/> (compared as written), its own before any merged in; null when absent.</summary>
    public YamlNode? Get(string key)
    {
        foreach (var (name, value) in Entries)
        {
            if (name.Scalar == key)
            {
                return value;
            }
        }

        if (merged is not null)
        {
            foreach (var source in merged)
            {
                if (source.Get(key) is { } value)
                {
                    return value;
                }
            }
        }

        return null;
    }

    /// <summary>Each key (a scalar) and value, its own first and then those merged in that it does not set itself.</summary>
    public IEnumerable<(YamlNode Key, YamlNode Value)> Pairs()
    {
        var seen = new HashSet<string>();
        foreach (var (key, value) in Entries)
        {
            if (key.Scalar is { } name && seen.Add(name))
            {
                yield return (key, value);
            }
        }

        if (merged is not null)
        {
            foreach (var source in merged)
            {
                foreach (var (key, value) in source.Pairs())
                {
                    if (seen.Add(key.Scalar!))
                    {
                        yield return (key, value);
                    }
                }
            }
        }
    }

    internal void Add(YamlNode key, YamlNode value) => (entries ??= new List<(YamlNode, YamlNode)>()).Add((key, value));

    internal void Add(YamlNode item) => (items ??= new List<YamlNode>()).Add(item);

    internal void Merge(YamlNode mapping) => (merged ??= new List<YamlNode>()).Add(mapping);
}
