using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Sdk;

namespace PortAnalyzers.Tests.Verifiers;

/// <summary>
/// Runs an analyzer on marked-up sources and additional files and checks that it reports exactly the marked
/// diagnostics: no compiler errors in the test code, no analyzer exception, nothing missing, nothing extra.
/// </summary>
public class AnalyzerTest<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public const string Folder = "/0/";

    /// <summary>The main source, with markup. Its file is <c>/0/Test0.cs</c>.</summary>
    public string TestCode { get; set; } = string.Empty;

    /// <summary>More sources as (file name, marked-up text).</summary>
    public List<(string Name, string Text)> Sources { get; } = new();

    /// <summary>Additional files as (file name, marked-up text), e.g. <c>appsettings.json</c> or <c>Properties/launchSettings.json</c>.</summary>
    public List<(string Name, string Text)> AdditionalFiles { get; } = new();

    /// <summary>The text of <c>/0/.editorconfig</c>; a section header is added when the text has none.</summary>
    public string? EditorConfig { get; set; }

    /// <summary>The text of a <c>.globalconfig</c> (is_global is added), e.g. MSBuild properties.</summary>
    public string? GlobalConfig { get; set; }

    public List<MetadataReference> References { get; } = new();

    /// <summary>The id <c>[|…|]</c> stands for; by default the analyzer's first supported diagnostic.</summary>
    public string? DefaultId { get; set; }

    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.CSharp11;

    /// <summary>Compiler errors the test means to have (broken code must not crash the analyzer).</summary>
    public bool AllowCompilerErrors { get; set; }

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var (compilation, options, expected) = Build(AllSources(), AdditionalFiles);
        var actual = await GetDiagnosticsAsync(compilation, options, cancellationToken);
        AssertMatches(expected, actual, compilation, options.AdditionalFiles);
    }

    /// <summary>The analyzer's diagnostics on the sources (markup removed), for tests that look at messages or locations.</summary>
    public async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(CancellationToken cancellationToken = default)
    {
        var (compilation, options, _) = Build(AllSources(), AdditionalFiles);
        return await GetDiagnosticsAsync(compilation, options, cancellationToken);
    }

    protected IEnumerable<(string Name, string Text)> AllSources() => new[] { ("Test0.cs", TestCode) }.Concat(Sources);

    protected (CSharpCompilation Compilation, AnalyzerOptions Options, List<ExpectedDiagnostic> Expected) Build(
        IEnumerable<(string Name, string Text)> sources,
        IEnumerable<(string Name, string Text)> additionalFiles)
    {
        var expected = new List<ExpectedDiagnostic>();
        var parseOptions = new CSharpParseOptions(LanguageVersion);
        var trees = new List<SyntaxTree>();
        foreach (var (name, markup) in sources)
        {
            var text = Unmark(Folder + name, markup, expected);
            trees.Add(CSharpSyntaxTree.ParseText(SourceText.From(text, Encoding.UTF8), parseOptions, Folder + name));
        }

        trees.Add(CSharpSyntaxTree.ParseText(ReferenceAssemblies.ImplicitUsings, parseOptions, Folder + "obj/GlobalUsings.g.cs"));
        var files = additionalFiles
            .Select(f => (AdditionalText)new TestAdditionalText(Folder + f.Name, Unmark(Folder + f.Name, f.Text, expected)))
            .ToImmutableArray();

        var outputKind = trees.Any(t => t.GetRoot().ChildNodes().OfType<GlobalStatementSyntax>().Any())
            ? OutputKind.ConsoleApplication
            : OutputKind.DynamicallyLinkedLibrary;
        var compilation = CSharpCompilation.Create(
            "TestProject",
            trees,
            ReferenceAssemblies.Default.AddRange(References),
            new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable));

        var configs = new List<(string, string)>();
        if (EditorConfig is not null)
        {
            configs.Add((Folder + ".editorconfig", EditorConfig.Contains('[') ? EditorConfig : "[*]\n" + EditorConfig));
        }

        if (GlobalConfig is not null)
        {
            configs.Add(("/.globalconfig", "is_global = true\n" + GlobalConfig));
        }

        return (compilation, new AnalyzerOptions(files, new TestOptionsProvider(configs)), expected);
    }

    protected static async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var exceptions = new List<string>();
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new TAnalyzer()),
            new CompilationWithAnalyzersOptions(
                options,
                (exception, analyzer, diagnostic) => { lock (exceptions) { exceptions.Add(exception.ToString()); } },
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false));
        var all = await withAnalyzers.GetAllDiagnosticsAsync(cancellationToken);
        var crashes = all.Where(d => d.Id is "AD0001" or "AD0002").Select(d => d.ToString()).Concat(exceptions).ToList();
        if (crashes.Count > 0)
        {
            throw new XunitException("The analyzer threw:\n" + string.Join("\n", crashes));
        }

        return await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken);
    }

    protected void AssertNoCompilerErrors(Compilation compilation, string when)
    {
        if (AllowCompilerErrors)
        {
            return;
        }

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new XunitException($"The test code does not compile {when}:\n" + string.Join("\n", errors));
        }
    }

    protected void AssertMatches(List<ExpectedDiagnostic> expected, ImmutableArray<Diagnostic> diagnostics, Compilation compilation, ImmutableArray<AdditionalText> files)
    {
        AssertNoCompilerErrors(compilation, "(before any fix)");
        var actual = diagnostics.Select(d => new ExpectedDiagnostic(d.Id, d.Location.GetLineSpan().Path ?? string.Empty, d.Location.SourceSpan)).ToList();
        var missing = expected.Except(actual).ToList();
        var unexpected = actual.Except(expected).ToList();
        if (missing.Count == 0 && unexpected.Count == 0 && expected.Count == actual.Count)
        {
            return;
        }

        var message = new StringBuilder();
        message.AppendLine("The diagnostics differ from the markup.");
        foreach (var m in missing)
        {
            message.AppendLine("  missing:    " + m);
        }

        foreach (var u in unexpected)
        {
            message.AppendLine("  unexpected: " + u + " " + diagnostics.First(d => d.Id == u.Id && d.Location.SourceSpan == u.Span).GetMessage());
        }

        message.AppendLine("Actual, as markup:");
        foreach (var tree in compilation.SyntaxTrees)
        {
            Append(message, tree.FilePath, tree.GetText().ToString(), actual);
        }

        foreach (var file in files)
        {
            Append(message, file.Path, file.GetText()?.ToString() ?? string.Empty, actual);
        }

        throw new XunitException(message.ToString());
    }

    private static void Append(StringBuilder message, string path, string text, List<ExpectedDiagnostic> actual)
    {
        var here = actual.Where(a => a.Path == path).Select(a => (a.Id, a.Span)).ToList();
        if (here.Count > 0 || !path.EndsWith(".g.cs", StringComparison.Ordinal))
        {
            message.AppendLine("--- " + path).AppendLine(Markup.Render(text, here));
        }
    }

    private string Unmark(string path, string markup, List<ExpectedDiagnostic> expected)
    {
        var (text, spans) = Markup.Parse(markup);
        foreach (var (id, span) in spans)
        {
            expected.Add(new ExpectedDiagnostic(id ?? DefaultId ?? new TAnalyzer().SupportedDiagnostics[0].Id, path, span));
        }

        return text;
    }
}
