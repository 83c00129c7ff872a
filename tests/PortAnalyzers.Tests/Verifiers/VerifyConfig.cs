using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PortAnalyzers.Rules;

namespace PortAnalyzers.Tests.Verifiers;

/// <summary>Short forms for configuration files: one marked-up additional file, optional options.</summary>
public static class VerifyConfig
{
    public static Task AnalyzerAsync(string path, string markup, string? editorConfig = null, string? globalConfig = null)
    {
        var test = new AnalyzerTest<ConfigFileAnalyzer> { EditorConfig = editorConfig, GlobalConfig = globalConfig };
        test.AdditionalFiles.Add((path, markup));
        return test.RunAsync();
    }

    /// <summary>The diagnostics on one file, for tests that look at messages, lines and columns.</summary>
    public static Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(string path, string text)
    {
        var test = new AnalyzerTest<ConfigFileAnalyzer>();
        test.AdditionalFiles.Add((path, text));
        return test.GetDiagnosticsAsync();
    }
}
