using System;
using System.Linq;
using System.Threading;
using PortAnalyzers.Config;

namespace PortAnalyzers.Tests.Config;

public class ConfigurationKeysTests
{
    [Theory]
    [InlineData("""{ "a": 1, "b": 2, "c": { "d": 3 } }""")]
    [InlineData("""{ "a": 1, "a:b": 2 }""")]
    [InlineData("""{ "a": { "b": 1 }, "a:c": 2, "A": { "d": 3 } }""")]
    [InlineData("""{ "a": [1, 2], "b": [{ "c": 1 }, { "c": 2 }] }""")]
    [InlineData("""{ "a": {}, "b": [] }""")]
    [InlineData("""{ "": {}, "a": { "": 1, ":": 2 } }""")]
    public void DistinctKeys_AreNoDuplicate(string json) => Assert.Null(FindDuplicate(json));

    [Theory]
    [InlineData("""{ "urls": "x", "URLS": "dup" }""", "URLS")]
    [InlineData("""{ "a:b": 1, "a": { "b": "dup" } }""", "a:b")]
    [InlineData("""{ "a": { "b": 1 }, "A:B": "dup" }""", "A:B")]
    [InlineData("""{ "a": { "b": 1 }, "A": { "B": "dup" } }""", "A:B")]
    [InlineData("""{ "a": [1, 2], "a:1": "dup" }""", "a:1")]
    [InlineData("""{ "a": {}, "a": "dup" }""", "a")]
    [InlineData("""{ "a": [], "A": "dup" }""", "A")]
    [InlineData("""{ "a::b": 1, "a": { "": { "b": "dup" } } }""", "a::b")]
    [InlineData("""{ "": { "b": 1 }, "b": "dup" }""", "b")]
    [InlineData("""{ "x": { "a:b:c": 1 }, "x:a": { "b": { "c": "dup" } } }""", "x:a:b:c")]
    public void KeySetTwice_IsTheSecondValue(string json, string key)
    {
        var duplicate = FindDuplicate(json);

        Assert.NotNull(duplicate);
        Assert.Equal(json.IndexOf("\"dup\"", StringComparison.Ordinal), duplicate!.Value.Offset);
        Assert.Equal(5, duplicate.Value.Length);
        Assert.Contains($"'{key}' is set twice", duplicate.Value.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "a": { "b": 1 }, "c": { "b": 2 }, "d": [{ "b": 3 }, { "b": 4 }] }""")]
    [InlineData("""{ "a": { "b": 1 }, "A": { "c": 2 } }""")]
    [InlineData("""{ "a": [{ "b": 1, "c": 2 }], "d": { "0": 3 } }""")]
    public void SameNamesUnderDifferentPaths_AreNoDuplicate(string json) => Assert.Null(FindDuplicate(json));

    [Theory]
    [InlineData("""{ "x": { "y": [{ "a": 1, "b": 2, "A": "dup" }] } }""", "x:y:0:A")]
    [InlineData("""{ "x": [{ "a": { "b:c": 1 } }, { "a": 2 }], "x:0:a:b": { "c": "dup" } }""", "x:0:a:b:c")]
    public void KeySetTwiceDeepDown_IsFound(string json, string key)
        => Assert.Contains($"'{key}' is set twice", FindDuplicate(json)!.Value.Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(40, false)]
    [InlineData(40, true)]
    [InlineData(3, true)]
    public void ManyProperties_AreComparedAll(int count, bool lastRepeatsFirst)
    {
        var names = Enumerable.Range(0, count).Select(i => $"key{i}").ToList();
        if (lastRepeatsFirst)
        {
            names[count - 1] = "KEY0";
        }

        var json = "{ \"outer\": { " + string.Join(", ", names.Select(n => $"\"{n}\": 1")) + " } }";

        var duplicate = FindDuplicate(json);

        Assert.Equal(lastRepeatsFirst, duplicate is not null);
        Assert.True(!lastRepeatsFirst || duplicate!.Value.Message.Contains("'outer:KEY0' is set twice", StringComparison.Ordinal));
    }

    private static ReadError? FindDuplicate(string json)
        => ConfigurationKeys.FindDuplicate(JsonReader.Read(json).Root!, CancellationToken.None);
}
