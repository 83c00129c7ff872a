using System.Threading.Tasks;
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
}
