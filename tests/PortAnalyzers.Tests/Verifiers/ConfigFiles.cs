using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using PortAnalyzers.Rules;

namespace PortAnalyzers.Tests.Verifiers;

/// <summary>Configuration files and options as the build hands them to the analyzers: paths beside the sources.</summary>
public static class ConfigFiles
{
    /// <summary>An additional file in the project folder, e.g. <c>appsettings.json</c> or <c>Properties/launchSettings.json</c>.</summary>
    public static (string Path, string Text) At(string name, string text) => (TestProject.Folder + name, text);

    /// <summary><c>/0/.editorconfig</c>; a <c>[*]</c> section is added when the text has none.</summary>
    public static (string Path, SourceText Text) EditorConfig(string text)
        => (TestProject.Folder + ".editorconfig", SourceText.From(text.Contains('[') ? text : "[*]\n" + text));

    /// <summary>A <c>.globalconfig</c>, where MSBuild properties reach the analyzers as <c>build_property.*</c>.</summary>
    public static (string Path, SourceText Text) GlobalConfig(string text) => ("/.globalconfig", SourceText.From("is_global = true\n" + text));

    /// <summary>Adds the options that are given.</summary>
    public static void AddOptions(this SolutionState state, string? editorConfig, string? globalConfig = null)
    {
        if (editorConfig is not null)
        {
            state.AnalyzerConfigFiles.Add(EditorConfig(editorConfig));
        }

        if (globalConfig is not null)
        {
            state.AnalyzerConfigFiles.Add(GlobalConfig(globalConfig));
        }
    }

    /// <summary>Checks <see cref="ConfigFileAnalyzer"/> on one marked-up file (options optional).</summary>
    public static Task VerifyAsync(string path, string markup, string? editorConfig = null, string? globalConfig = null, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerVerifier<ConfigFileAnalyzer>.Test
        {
            TestCode = string.Empty,
            TestState = { AdditionalFiles = { At(path, markup) } },
        };
        test.TestState.AddOptions(editorConfig, globalConfig);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
