using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Sdk;

namespace PortAnalyzers.Tests.Verifiers;

/// <summary>
/// Checks the analyzer on <see cref="AnalyzerTest{TAnalyzer}.TestCode"/>, then applies the fix one diagnostic at a
/// time until none is left and compares with <see cref="FixedCode"/>, then applies fix-all on the document and
/// compares with <see cref="BatchFixedCode"/> (or <see cref="FixedCode"/>). Each result must compile and carry
/// exactly the diagnostics marked in it.
/// </summary>
public class CodeFixTest<TAnalyzer, TCodeFix> : AnalyzerTest<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public string FixedCode { get; set; } = string.Empty;

    public string? BatchFixedCode { get; set; }

    /// <summary>The equivalence key of the action to apply; null applies the first action offered.</summary>
    public string? CodeActionEquivalenceKey { get; set; }

    public new async Task RunAsync(CancellationToken cancellationToken = default)
    {
        await base.RunAsync(cancellationToken);
        var provider = new TCodeFix();

        var oneByOne = await ApplyOneAtATimeAsync(provider, cancellationToken);
        await VerifyResultAsync(oneByOne, FixedCode, "one at a time", cancellationToken);

        var fixAll = await ApplyFixAllAsync(provider, cancellationToken);
        await VerifyResultAsync(fixAll, BatchFixedCode ?? FixedCode, "through fix-all", cancellationToken);
    }

    private async Task<Document> ApplyOneAtATimeAsync(CodeFixProvider provider, CancellationToken cancellationToken)
    {
        var document = CreateDocument(TestCode);
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var diagnostics = await FixableDiagnosticsAsync(document, provider, cancellationToken);
            CodeAction? action = null;
            foreach (var diagnostic in diagnostics)
            {
                action = await FindActionAsync(document, provider, diagnostic, cancellationToken);
                if (action is not null)
                {
                    break;
                }
            }

            if (action is null)
            {
                return document;
            }

            document = await ApplyAsync(document, action, cancellationToken);
        }

        throw new XunitException("The code fix did not converge after 50 iterations.");
    }

    private async Task<Document> ApplyFixAllAsync(CodeFixProvider provider, CancellationToken cancellationToken)
    {
        var document = CreateDocument(TestCode);
        var fixAllProvider = provider.GetFixAllProvider()
            ?? throw new XunitException($"{typeof(TCodeFix).Name} offers no fix-all provider.");
        var diagnostics = await FixableDiagnosticsAsync(document, provider, cancellationToken);
        CodeAction? first = null;
        foreach (var diagnostic in diagnostics)
        {
            first = await FindActionAsync(document, provider, diagnostic, cancellationToken);
            if (first is not null)
            {
                break;
            }
        }

        if (first is null)
        {
            return document;
        }

        var context = new FixAllContext(
            document,
            provider,
            FixAllScope.Document,
            first.EquivalenceKey,
            provider.FixableDiagnosticIds,
            new DiagnosticProvider(this),
            cancellationToken);
        var fix = await fixAllProvider.GetFixAsync(context)
            ?? throw new XunitException("Fix-all produced no action.");
        return await ApplyAsync(document, fix, cancellationToken);
    }

    private async Task<CodeAction?> FindActionAsync(Document document, CodeFixProvider provider, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
        await provider.RegisterCodeFixesAsync(context);
        return CodeActionEquivalenceKey is null
            ? actions.FirstOrDefault()
            : actions.FirstOrDefault(a => a.EquivalenceKey == CodeActionEquivalenceKey);
    }

    private async Task VerifyResultAsync(Document document, string expectedMarkup, string how, CancellationToken cancellationToken)
    {
        var (expectedText, _) = Markup.Parse(expectedMarkup);
        var actualText = (await document.GetTextAsync(cancellationToken)).ToString();
        if (Normalize(actualText) != Normalize(expectedText))
        {
            throw new XunitException($"The code after the fix ({how}) differs.\n--- expected\n{expectedText}\n--- actual\n{actualText}");
        }

        var (compilation, options, expected) = Build(new[] { ("Test0.cs", expectedMarkup) }.Concat(Sources), AdditionalFiles);
        AssertNoCompilerErrors(compilation, $"after the fix ({how})");
        var diagnostics = await GetDiagnosticsAsync(compilation, options, cancellationToken);
        AssertMatches(expected, diagnostics, compilation, options.AdditionalFiles);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    private Document CreateDocument(string markup)
    {
        var (compilation, _, _) = Build(new[] { ("Test0.cs", markup) }.Concat(Sources), AdditionalFiles);
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "TestProject", "TestProject", LanguageNames.CSharp,
                compilationOptions: compilation.Options, parseOptions: compilation.SyntaxTrees.First().Options,
                metadataReferences: compilation.References));
        DocumentId? main = null;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var id = DocumentId.CreateNewId(projectId);
            solution = solution.AddDocument(id, System.IO.Path.GetFileName(tree.FilePath), tree.GetText(), filePath: tree.FilePath);
            main ??= id;
        }

        return solution.GetDocument(main!)!;
    }

    private async Task<ImmutableArray<Diagnostic>> FixableDiagnosticsAsync(Document document, CodeFixProvider provider, CancellationToken cancellationToken)
    {
        var diagnostics = await DocumentDiagnosticsAsync(document, cancellationToken);
        return diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).ToImmutableArray();
    }

    private async Task<ImmutableArray<Diagnostic>> DocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
    {
        var compilation = (await document.Project.GetCompilationAsync(cancellationToken))!;
        var (_, options, _) = Build(Array.Empty<(string, string)>(), AdditionalFiles);
        var tree = await document.GetSyntaxTreeAsync(cancellationToken);
        var diagnostics = await GetDiagnosticsAsync(compilation, options, cancellationToken);
        return diagnostics.Where(d => d.Location.SourceTree == tree).OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    private static async Task<Document> ApplyAsync(Document document, CodeAction action, CancellationToken cancellationToken)
    {
        var operations = await action.GetOperationsAsync(cancellationToken);
        var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return solution.GetDocument(document.Id)!;
    }

    private sealed class DiagnosticProvider : FixAllContext.DiagnosticProvider
    {
        private readonly CodeFixTest<TAnalyzer, TCodeFix> test;

        public DiagnosticProvider(CodeFixTest<TAnalyzer, TCodeFix> test) => this.test = test;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => GetProjectDiagnosticsAsync(project, cancellationToken);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => await test.DocumentDiagnosticsAsync(document, cancellationToken);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Diagnostic>());
    }
}
