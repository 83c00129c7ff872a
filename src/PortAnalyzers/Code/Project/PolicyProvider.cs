using System;
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

    /// <summary><see cref="Create"/> as a delegate made once: a method group passed to GetOrAdd is a new object per call.</summary>
    private readonly Func<AnalyzerConfigOptions, PortPolicy> create;

    public PolicyProvider(AnalyzerConfigOptionsProvider provider)
    {
        this.provider = provider;
        create = Create;
    }

    public PortPolicy For(SyntaxTree tree) => For(provider.GetOptions(tree));

    public PortPolicy For(AdditionalText file) => For(provider.GetOptions(file));

    private PortPolicy For(AnalyzerConfigOptions options) => policies.GetOrAdd(options, create);

    private PortPolicy Create(AnalyzerConfigOptions options)
    {
        var global = provider.GlobalOptions;
        var parsed = PortOptions.Parse(key =>
            options.TryGetValue(key, out var value) || global.TryGetValue(key, out value) ? value : null);
        return parsed == PortOptions.Default ? PortPolicy.Default : new PortPolicy(parsed);
    }
}
