using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace PortAnalyzers.Config;

/// <summary>
/// The keys .NET configuration makes of a JSON file (<c>Kestrel:Endpoints:Http:Url</c>, array items by index), and
/// the one way a well-formed file still fails to load: a value set twice under the same key, ignoring case.
/// </summary>
internal static class ConfigurationKeys
{
    /// <summary>The most properties of one object whose names are compared pairwise; a larger object takes the keys' way.</summary>
    private const int MaxPropertiesCompared = 32;

    /// <summary>The first value whose key an earlier value already set, as JsonConfigurationFileParser refuses it.</summary>
    public static ReadError? FindDuplicate(JsonValue root, CancellationToken cancellationToken)
    {
        if (!MayRepeatAKey(root, cancellationToken))
        {
            return null;
        }

        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<(string Key, JsonValue Value)>();
        Push(pending, string.Empty, root);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (key, value) = pending.Pop();
            if (value.Kind is JsonKind.Object or JsonKind.Array)
            {
                // An empty object or array sets its key to null, and a later value for that key is a duplicate.
                if (value.Properties.Count == 0 && value.Items.Count == 0 && key.Length > 0)
                {
                    keys.Add(key);
                }

                Push(pending, key, value);
            }
            else if (!keys.Add(key))
            {
                return new ReadError(value.Start, value.Length, "the key '" + key + "' is set twice; .NET configuration refuses duplicate keys");
            }
        }

        return null;
    }

    /// <summary>
    /// Whether two values of the document may get the same key; false is certain, true sends it to the keys themselves. When every property name is neither empty nor holds a
    /// <c>:</c>, a key splits back into one path only, so two values share a key only if two properties of one object
    /// have the same name: almost every file is known so without building a key (which cost more than reading it).
    /// </summary>
    private static bool MayRepeatAKey(JsonValue container, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var properties = container.Properties;
        if (properties.Count > MaxPropertiesCompared)
        {
            return true;
        }

        for (var i = 0; i < properties.Count; i++)
        {
            var name = properties[i].Name;
            if (name.Length == 0 || name.IndexOf(':') >= 0 || NamedEarlier(properties, i) || MayRepeatAKey(properties[i].Value, cancellationToken))
            {
                return true;
            }
        }

        var items = container.Items;
        for (var i = 0; i < items.Count; i++)
        {
            if (MayRepeatAKey(items[i], cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a property before <paramref name="index"/> has its name, ignoring case.</summary>
    private static bool NamedEarlier(IReadOnlyList<JsonProperty> properties, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (string.Equals(properties[i].Name, properties[index].Name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Pushes the children of <paramref name="container"/> in reverse, so they are visited in document order.</summary>
    private static void Push(Stack<(string, JsonValue)> pending, string key, JsonValue container)
    {
        var prefix = key.Length == 0 ? string.Empty : key + ":";
        for (var i = container.Properties.Count - 1; i >= 0; i--)
        {
            pending.Push((prefix + container.Properties[i].Name, container.Properties[i].Value));
        }

        for (var i = container.Items.Count - 1; i >= 0; i--)
        {
            pending.Push((prefix + i.ToString(CultureInfo.InvariantCulture), container.Items[i]));
        }
    }
}
