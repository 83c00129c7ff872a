using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PortAnalyzers.Tests.Verifiers;

/// <summary>
/// Options from .editorconfig / .globalconfig text, computed by Roslyn's own parser exactly as the compiler does.
/// </summary>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigSet set;
    private readonly ConcurrentDictionary<string, AnalyzerConfigOptions> byPath = new();

    public TestOptionsProvider(IEnumerable<(string Path, string Text)> configs)
    {
        set = AnalyzerConfigSet.Create(configs.Select(c => AnalyzerConfig.Parse(c.Text, c.Path)).ToImmutableArray());
        GlobalOptions = new DictionaryOptions(set.GlobalConfigOptions.AnalyzerOptions);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => For(tree.FilePath);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => For(textFile.Path);

    private AnalyzerConfigOptions For(string path)
        => byPath.GetOrAdd(path, p => new DictionaryOptions(set.GetOptionsForSourcePath(p).AnalyzerOptions));

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> options;

        public DictionaryOptions(ImmutableDictionary<string, string> options) => this.options = options.WithComparers(KeyComparer);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => options.TryGetValue(key, out value);
    }
}
