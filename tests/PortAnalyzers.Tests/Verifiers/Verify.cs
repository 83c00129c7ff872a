using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PortAnalyzers.Tests.Verifiers;

/// <summary>Short forms for the common cases.</summary>
public static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task AnalyzerAsync(string source, string? editorConfig = null)
        => new AnalyzerTest<TAnalyzer> { TestCode = source, EditorConfig = editorConfig }.RunAsync();

    public static Task CodeFixAsync<TCodeFix>(string source, string fixedSource, string? equivalenceKey = null, string? batchFixedSource = null)
        where TCodeFix : CodeFixProvider, new()
        => new CodeFixTest<TAnalyzer, TCodeFix>
        {
            TestCode = source,
            FixedCode = fixedSource,
            BatchFixedCode = batchFixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        }.RunAsync();
}
