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

    /// <summary>The message of the one diagnostic the analyzer reports on <paramref name="source"/>.</summary>
    public static async Task<string> SingleMessageAsync(string source)
    {
        var diagnostics = await new AnalyzerTest<TAnalyzer> { TestCode = source }.GetDiagnosticsAsync();
        return Xunit.Assert.Single(diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
    }

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
