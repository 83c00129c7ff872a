using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PortAnalyzers.Benchmarks;
using PortAnalyzers.Tests.Conventions;

namespace PortAnalyzers.Tests.Robustness;

/// <summary>
/// The seeds of the fuzz tests: every raw string literal of the rule and precision tests (read from the .cs files at
/// run time, so new tests add seeds), markup removed, split into C# and configuration texts, plus generated samples.
/// </summary>
public static class FuzzCorpus
{
    /// <summary>A NuGet.config, so that XML has a seed before any rule test writes one.</summary>
    private const string NuGetConfig = """
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="local" value="http://localhost:5555/v3/index.json" protocolVersion="3" />
            <add key="feed" value="https://127.0.0.1:8443/nuget" />
          </packageSources>
          <config><add key="http_proxy" value="http://localhost:3128" /></config>
        </configuration>
        """;

    private static readonly Regex RawString = new(
        "(?<quotes>\"{3,})[ \\t]*\\r?\\n(?<body>.*?)\\r?\\n(?<indent>[ \\t]*)\\k<quotes>(?!\")",
        RegexOptions.Singleline | RegexOptions.CultureInvariant);

    private static readonly Regex Markup = new(@"\{\|[A-Za-z0-9#]+:|\|\}|\[\||\|\]", RegexOptions.CultureInvariant);

    private static readonly Lazy<IReadOnlyList<string>> All = new(Load);

    public static IReadOnlyList<string> CSharp => All.Value.Where(t => Kind(t) == TextKind.CSharp).ToList();

    public static IReadOnlyList<string> Config => All.Value.Where(t => Kind(t) != TextKind.CSharp).ToList();

    public static TextKind Kind(string text)
    {
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return trimmed.StartsWith('{') || trimmed.StartsWith('[') ? TextKind.Json
            : trimmed.StartsWith('<') ? TextKind.Xml
            : IsContainerFile(trimmed) ? TextKind.Container
            : TextKind.CSharp;
    }

    /// <summary>A Dockerfile or a compose file: an instruction or a comment first, or a top-level <c>services:</c>.</summary>
    private static bool IsContainerFile(string trimmed)
        => trimmed.StartsWith("FROM ", StringComparison.Ordinal) || trimmed.StartsWith("ARG ", StringComparison.Ordinal)
            || trimmed.StartsWith("# ", StringComparison.Ordinal) || trimmed.StartsWith("%YAML", StringComparison.Ordinal)
            || trimmed.StartsWith("services:", StringComparison.Ordinal) || trimmed.StartsWith("x-", StringComparison.Ordinal);

    /// <summary>The raw string literals of one test file, dedented and without markup.</summary>
    public static IEnumerable<string> RawStrings(string testFile)
    {
        foreach (Match match in RawString.Matches(testFile))
        {
            var indent = match.Groups["indent"].Value;
            var lines = match.Groups["body"].Value.Split('\n')
                .Select(line => line.StartsWith(indent, StringComparison.Ordinal) ? line.Substring(indent.Length) : line.TrimStart());
            yield return Markup.Replace(string.Join("\n", lines), string.Empty);
        }
    }

    private static IReadOnlyList<string> Load()
    {
        var fromTests = new[] { "Rules", "Precision" }
            .SelectMany(folder => Directory.GetFiles(RepositoryPaths.Combine("tests", "PortAnalyzers.Tests", folder), "*.cs", SearchOption.AllDirectories))
            .OrderBy(path => path, StringComparer.Ordinal)
            .SelectMany(path => RawStrings(File.ReadAllText(path)));
        var generated = SyntheticCodebase.Generate(0.05);
        return fromTests
            .Concat(generated.Sources.Take(2).Select(s => s.Text))
            .Concat(generated.AdditionalFiles.Select(f => f.Text))
            .Append(NuGetConfig)
            .Where(text => text.Trim().Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}

public enum TextKind
{
    CSharp,
    Json,
    Xml,
    Container,
}
