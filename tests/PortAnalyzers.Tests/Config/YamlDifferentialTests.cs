using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using PortAnalyzers.Config.Yaml;
using PortAnalyzers.Tests.Robustness;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using Ours = PortAnalyzers.Config.Yaml.YamlNode;
using Theirs = YamlDotNet.RepresentationModel.YamlNode;

namespace PortAnalyzers.Tests.Config;

/// <summary>
/// The compose reader against YamlDotNet, a full YAML parser: on compose files of the shapes public repositories
/// write (comments anywhere, anchors and merges, extension fields, long and short port syntax, block and flow
/// collections, quoting, CRLF, a byte order mark) and on variants of them with comment and blank lines added, both
/// must read the same tree. A file the reader cannot read is a PORT007 and its ports unread.
/// </summary>
public class YamlDifferentialTests
{
    public static TheoryData<string> Corpus() => new(ComposeCorpus.Files.Keys);

    [Theory]
    [MemberData(nameof(Corpus))]
    public void ReadsWhatYamlDotNetReads(string name) => AssertSameTree(ComposeCorpus.Files[name]);

    /// <summary>The compose files the rule tests write (harvested as the fuzz tests harvest them), where YamlDotNet reads them.</summary>
    [Fact]
    public void ReadsWhatYamlDotNetReads_InTheRuleTests()
    {
        var compose = FuzzCorpus.Config.Where(text => FuzzCorpus.Kind(text) == TextKind.Container && text.Split('\n').Any(line => line.StartsWith("services:", StringComparison.Ordinal)))
            .Where(IsYaml)
            .ToList();
        foreach (var text in compose)
        {
            AssertSameTree(text, "a rule test's compose file");
        }

        Assert.True(compose.Count >= 20, $"only {compose.Count} compose files in the rule tests");
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void ReadsWhatYamlDotNetReads_WithCrLfAndByteOrderMark(string name)
        => AssertSameTree("\uFEFF" + ComposeCorpus.Files[name].Replace("\n", "\r\n", StringComparison.Ordinal));

    /// <summary>Comment lines at any column, blank lines and trailing comments added where a compose file's authors add them.</summary>
    [Fact]
    public void ReadsWhatYamlDotNetReads_WithCommentsAndBlankLinesAdded()
    {
        var random = new Random(20261204);
        var compared = 0;
        foreach (var (name, text) in ComposeCorpus.Files.Where(f => !ComposeCorpus.HasBlockScalar(f.Value)))
        {
            for (var variant = 0; variant < 25; variant++)
            {
                // A comment line added inside a multi-line scalar ends it, and what follows may not be YAML.
                var mutated = AddCommentsAndBlankLines(text, random);
                if (IsYaml(mutated))
                {
                    AssertSameTree(mutated, $"{name}, variant {variant}");
                    compared++;
                }
            }
        }

        Assert.True(compared >= 200, $"only {compared} variants compared");
    }

    /// <summary>Documents in every style the writer mixes, each valid YAML: both readers must read the same tree.</summary>
    [Fact]
    public void ReadsWhatYamlDotNetReads_InRandomStyles()
    {
        var random = new Random(4122026);
        for (var document = 0; document < 2000; document++)
        {
            AssertSameTree(new RandomYamlWriter(random).Write(), $"document {document}");
        }
    }

    /// <summary>A file cut anywhere (an editor mid-save, a truncated copy) is PORT007 at worst: the reader never throws.</summary>
    [Fact]
    public void EveryPrefix_IsReadOrRefused_NeverThrows()
    {
        var random = new Random(20261205);
        var documents = ComposeCorpus.Files.Values.Concat(Enumerable.Range(0, 100).Select(_ => new RandomYamlWriter(random).Write()));
        var refused = 0;
        foreach (var document in documents)
        {
            for (var length = 0; length <= document.Length; length++)
            {
                var text = document.Substring(0, length);
                var exception = Record.Exception(() => refused += YamlReader.Read(text, CancellationToken.None).Error is null ? 0 : 1);
                Assert.True(exception is null, $"{exception}\n--- text\n{text}");
            }
        }

        Assert.True(refused > 0);
    }

    private static void AssertSameTree(string text, string? because = null)
    {
        // A byte order mark is left out of the text YamlDotNet reads, as SourceText leaves it out of a file it decodes.
        var expected = Canonical(Parse(text.TrimStart('\uFEFF')));
        var (root, error) = YamlReader.Read(text, CancellationToken.None);

        Assert.True(error is null, $"{because}: {error?.Message} at {error?.Offset}\n{text}");
        Assert.True(expected == Canonical(root), $"{because}\nexpected {expected}\nread     {Canonical(root)}\n{text}");
    }

    private static string AddCommentsAndBlankLines(string text, Random random)
    {
        var output = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            switch (random.Next(6))
            {
                case 0:
                    output.Append(' ', random.Next(0, 9)).Append(random.Next(2) == 0 ? "#" : "# note: see http://localhost:8080/ - \"x\"").Append('\n');
                    break;
                case 1:
                    output.Append(' ', random.Next(0, 4)).Append('\n');
                    break;
            }

            output.Append(line);
            if (line.Trim().Length > 0 && !line.TrimStart().StartsWith('#') && random.Next(5) == 0)
            {
                output.Append(random.Next(2) == 0 ? " # tail" : "\t# tail: 80");
            }

            output.Append('\n');
        }

        return output.ToString(0, output.Length - 1);
    }

    private static bool IsYaml(string text)
    {
        try
        {
            Parse(text);
            return true;
        }
        catch (YamlException)
        {
            return false;
        }
    }

    private static Theirs? Parse(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    /// <summary>One line per tree: mappings with their merges applied (own keys first) and keys sorted, YAML's nulls as null.</summary>
    private static string Canonical(Theirs? node) => node switch
    {
        null => "null",
        YamlScalarNode scalar => scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL" or null
            ? "null"
            : Quote(scalar.Value!),
        YamlSequenceNode sequence => "[" + string.Join(", ", sequence.Children.Select(Canonical)) + "]",
        YamlMappingNode mapping => "{" + string.Join(", ", TheirPairs(mapping).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ": " + Canonical(p.Value))) + "}",
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    private static IEnumerable<(string Key, Theirs Value)> TheirPairs(YamlMappingNode mapping)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var merged = new List<YamlMappingNode>();
        foreach (var (key, value) in mapping.Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            if (name == "<<" && ((YamlScalarNode)key).Style == ScalarStyle.Plain)
            {
                merged.AddRange(value is YamlSequenceNode sources ? sources.Children.Cast<YamlMappingNode>() : new[] { (YamlMappingNode)value });
            }
            else if (seen.Add(name))
            {
                yield return (name, value);
            }
        }

        foreach (var (key, value) in merged.SelectMany(TheirPairs))
        {
            if (seen.Add(key))
            {
                yield return (key, value);
            }
        }
    }

    private static string Canonical(Ours? node) => node switch
    {
        null => "null",
        { Kind: YamlKind.Scalar } => node.IsNull ? "null" : Quote(node.Scalar!),
        { Kind: YamlKind.Sequence } => "[" + string.Join(", ", node.Items.Select(Canonical)) + "]",
        _ => "{" + string.Join(", ", node.Pairs().OrderBy(p => p.Key.Scalar, StringComparer.Ordinal).Select(p => p.Key.Scalar + ": " + Canonical(p.Value))) + "}",
    };

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
