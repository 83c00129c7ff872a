using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>
/// The policy for each source file or additional file, from its options with the global options as fallback.
/// Options objects are shared by files with the same configuration, so each distinct set is parsed once.
/// </summary>
internal sealed class PolicyProvider
{
    private readonly AnalyzerConfigOptionsProvider provider;
    private readonly ConcurrentDictionary<AnalyzerConfigOptions, PortPolicy> policies = new();

    public PolicyProvider(AnalyzerConfigOptionsProvider provider) => this.provider = provider;

    public PortPolicy For(SyntaxTree tree) => For(provider.GetOptions(tree));

    public PortPolicy For(AdditionalText file) => For(provider.GetOptions(file));

    // Looked up before GetOrAdd, whose delegate argument would be a new object on every call of a matched operation.
    private PortPolicy For(AnalyzerConfigOptions options) => policies.TryGetValue(options, out var policy) ? policy : policies.GetOrAdd(options, Create);

    private PortPolicy Create(AnalyzerConfigOptions options)
    {
        var global = provider.GlobalOptions;
        var parsed = PortOptions.Parse(key =>
            options.TryGetValue(key, out var value) || global.TryGetValue(key, out value) ? value : null);
        return parsed == PortOptions.Default ? PortPolicy.Default : new PortPolicy(parsed);
    }
}
