using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PortAnalyzers.Tests.Verifiers;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace PortAnalyzers.Tests.Robustness;

/// <summary>
/// Every analyzer and every code fix of the package on hundreds of deterministic mutants of the suite's own sources and
/// configuration files: broken code is what an analyzer sees on every keystroke, and it must never throw.
/// </summary>
public class FuzzTests
{
    /// <summary>Variants in all, spread over the seeds; fixed so that the run time does not grow with the suite.</summary>
    private const int CSharpVariants = 1000;
    private const int ConfigVariants = 400;

    /// <summary>Option texts the variants rotate through, invalid values included.</summary>
    private static readonly string?[] EditorConfigs =
    {
        null,
        "[*]\nport_analyzers.dynamic_port_range = 99999999999-1\nport_analyzers.allowed_ports = -1,70000,abc,",
        "[*]\nport_analyzers.dynamic_port_range = 1-65535\nport_analyzers.allowed_ports = 0-99999999999",
        "[*]\nport_analyzers.dynamic_port_range =\nport_analyzers.allowed_ports = ,;-,",
    };

    private static readonly string[] ConfigNames = { "appsettings.json", "Properties/launchSettings.json", "NuGet.config", "Dockerfile", "docker-compose.yml", "Web.csproj" };

    /// <summary>The files of other projects the props hand a project (PORT013).</summary>
    private static readonly string[] OtherProjectFileNames = { "appsettings.json", "Properties/launchSettings.json", "compose.yaml" };

    /// <summary>The SDK's packs and the client libraries, so that a seed's Aspire, Testcontainers, Orleans, gRPC, SignalR or WebApplicationFactory calls bind as in its rule test.</summary>
    private static readonly Lazy<ImmutableArray<MetadataReference>> FuzzReferences = new(() => SdkReferencePacks.Default.AddRange(LibraryReferences.All));

    private readonly ITestOutputHelper output;

    public FuzzTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public async Task MutatedSources_NeverCrashAnalyzersOrCodeFixes()
    {
        var seeds = FuzzCorpus.CSharp;
        Assert.NotEmpty(seeds);
        var cases = Spread(seeds, CSharpVariants)
            .Select(c => new FuzzCase($"C# seed {c.Seed} variant {c.Variant}", Mutator.Mutate(seeds[c.Seed], c.Variant), null, EditorConfigs[c.Variant / 8 % EditorConfigs.Length]))
            .ToList();
        AssertNone(await RunAsync(cases, PortAnalyzersTypes.AllAnalyzers(), PortAnalyzersTypes.AllCodeFixes()), cases.Count);
    }

    [Fact]
    public async Task MutatedConfigFiles_NeverCrashAnalyzers()
    {
        var seeds = FuzzCorpus.Config;
        Assert.Contains(seeds, s => FuzzCorpus.Kind(s) == TextKind.Json);
        Assert.Contains(seeds, s => FuzzCorpus.Kind(s) == TextKind.Xml);
        Assert.Contains(seeds, s => FuzzCorpus.Kind(s) == TextKind.Container);
        var cases = Spread(seeds, ConfigVariants)
            .Select(c => new FuzzCase($"config seed {c.Seed} variant {c.Variant}", "class C { }", Mutator.Mutate(seeds[c.Seed], c.Variant), EditorConfigs[c.Variant / 8 % EditorConfigs.Length]))
            .ToList();
        AssertNone(await RunAsync(cases, PortAnalyzersTypes.AllAnalyzers(), PortAnalyzersTypes.AllCodeFixes()), cases.Count);
    }

    [Fact]
    public async Task ThrowingAnalyzer_IsCaught()
    {
        var cases = new List<FuzzCase> { new("throwing", "class C { void M() => M(); }", null, null) };

        var failures = await RunAsync(cases, ImmutableArray.Create<DiagnosticAnalyzer>(new ThrowingAnalyzer()), ImmutableArray<CodeFixProvider>.Empty);

        Assert.Contains(failures, f => f.Contains(nameof(ThrowingAnalyzer) + " threw", StringComparison.Ordinal));
    }

    [Fact]
    public void Corpus_HoldsTheRuleTestsWithoutMarkup()
    {
        var testFile = "var x = Verify(\"\"\"\n        new TcpListener(IPAddress.Any, {|PORT001:50000|});\n        [|y|]\n    \"\"\");";

        var strings = FuzzCorpus.RawStrings(testFile).ToList();

        Assert.Equal(new[] { "    new TcpListener(IPAddress.Any, 50000);\n    y" }, strings);
        Assert.Contains(FuzzCorpus.CSharp, s => s.Contains("TcpListener", StringComparison.Ordinal) && !s.Contains("{|", StringComparison.Ordinal));
    }

    /// <summary>(seed, variant) pairs, every seed in turn, until <paramref name="total"/>; the variant number runs on so that each seed meets different mutations.</summary>
    private static IEnumerable<(int Seed, int Variant)> Spread(IReadOnlyList<string> seeds, int total)
    {
        for (var i = 0; i < Math.Max(total, seeds.Count); i++)
        {
            yield return (i % seeds.Count, i);
        }
    }

    private async Task<List<string>> RunAsync(List<FuzzCase> cases, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<CodeFixProvider> fixes)
    {
        var failures = new ConcurrentBag<string>();
        var diagnostics = 0;
        var actionCount = 0;
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            cases,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (fuzzCase, cancellationToken) =>
            {
                try
                {
                    var result = await fuzzCase.RunAsync(analyzers, fixes, cancellationToken);
                    Interlocked.Add(ref diagnostics, result.Diagnostics);
                    Interlocked.Add(ref actionCount, result.Fixes);
                    foreach (var failure in result.Failures)
                    {
                        failures.Add($"{fuzzCase.Name}: {failure}\n--- source\n{fuzzCase.Source}\n--- config\n{fuzzCase.Config}");
                    }
                }
                catch (Exception exception)
                {
                    failures.Add($"{fuzzCase.Name}: {exception}\n--- source\n{fuzzCase.Source}\n--- config\n{fuzzCase.Config}");
                }
            });

        output.WriteLine($"{cases.Count} variants of {cases.Select(c => c.Name.Split(" variant ")[0]).Distinct().Count()} seeds, {analyzers.Length} analyzers, {fixes.Length} code fixes: "
            + $"{diagnostics} diagnostics, {actionCount} code actions computed in {stopwatch.Elapsed.TotalSeconds:F1} s");
        return failures.ToList();
    }

    private static void AssertNone(List<string> failures, int variants)
    {
        if (failures.Count > 0)
        {
            throw new XunitException($"{failures.Count} of {variants} variants crashed or were broken by a fix:\n" + string.Join("\n\n", failures.OrderBy(f => f.Length).Take(3)));
        }
    }

    private sealed class FuzzCase
    {
        public FuzzCase(string name, string source, string? config, string? editorConfig)
        {
            Name = name;
            Source = source;
            Config = config;
            EditorConfig = editorConfig;
        }

        public string Name { get; }

        public string Source { get; }

        /// <summary>A configuration text, given as each of <see cref="ConfigNames"/>.</summary>
        public string? Config { get; }

        public string? EditorConfig { get; }

        public async Task<(int Diagnostics, int Fixes, List<string> Failures)> RunAsync(
            ImmutableArray<DiagnosticAnalyzer> analyzers,
            ImmutableArray<CodeFixProvider> fixes,
            CancellationToken cancellationToken)
        {
            var project = CreateProject();
            var compilation = (await project.GetCompilationAsync(cancellationToken))!;
            var failures = new List<string>();
            var withAnalyzers = compilation.WithAnalyzers(
                analyzers,
                new CompilationWithAnalyzersOptions(
                    project.AnalyzerOptions,
                    (exception, analyzer, _) => { lock (failures) { failures.Add($"{analyzer.GetType().Name} threw {exception}"); } },
                    concurrentAnalysis: true,
                    logAnalyzerExecutionTime: false));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken);
            failures.AddRange(diagnostics.Where(d => d.Id is "AD0001" or "AD0002").Select(d => d.ToString()));

            var actions = 0;
            var errors = fixes.IsEmpty ? null : CompilerErrors(compilation);
            foreach (var diagnostic in diagnostics.Where(d => d.Location.IsInSource))
            {
                var document = project.Solution.GetDocument(diagnostic.Location.SourceTree);
                foreach (var provider in fixes.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
                {
                    try
                    {
                        actions += await RunFixAsync(document!, provider, diagnostic, diagnostics, errors!, failures, cancellationToken);
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        failures.Add($"{provider.GetType().Name} on {diagnostic} threw {exception}");
                    }
                }
            }

            return (diagnostics.Length, actions, failures);
        }

        /// <summary>
        /// Registers the provider's fixes and applies each action, then fix-all on the document: each result must add
        /// no compiler error to the variant's own (a variant is often broken already; a fix may leave, not add, errors).
        /// </summary>
        private static async Task<int> RunFixAsync(
            Document document,
            CodeFixProvider provider,
            Diagnostic diagnostic,
            ImmutableArray<Diagnostic> all,
            Dictionary<string, int> errors,
            List<string> failures,
            CancellationToken cancellationToken)
        {
            var actions = new List<CodeAction>();
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken));
            foreach (var action in actions)
            {
                await CheckAppliedAsync(action, document, errors, $"'{action.Title}' on {diagnostic}", failures, cancellationToken);
            }

            if (actions.Count > 0 && provider.GetFixAllProvider() is { } fixAll)
            {
                var context = new FixAllContext(
                    document,
                    provider,
                    FixAllScope.Document,
                    actions[0].EquivalenceKey,
                    provider.FixableDiagnosticIds,
                    new FixedDiagnostics(all),
                    cancellationToken);
                if (await fixAll.GetFixAsync(context) is { } batch)
                {
                    await CheckAppliedAsync(batch, document, errors, $"fix-all of {provider.GetType().Name} from {diagnostic}", failures, cancellationToken);
                }
            }

            return actions.Count;
        }

        private static async Task CheckAppliedAsync(CodeAction action, Document document, Dictionary<string, int> errors, string what, List<string> failures, CancellationToken cancellationToken)
        {
            foreach (var operation in (await action.GetOperationsAsync(cancellationToken)).OfType<ApplyChangesOperation>())
            {
                var project = operation.ChangedSolution.GetProject(document.Project.Id)!;
                var added = CompilerErrors((await project.GetCompilationAsync(cancellationToken))!)
                    .Where(error => error.Value > errors.GetValueOrDefault(error.Key))
                    .Select(error => error.Key)
                    .ToList();
                if (added.Count > 0)
                {
                    var text = await project.GetDocument(document.Id)!.GetTextAsync(cancellationToken);
                    failures.Add($"{what} added compiler errors: {string.Join("; ", added)}\n--- fixed\n{text}");
                }
            }
        }

        /// <summary>How many times each compiler error is reported, by id and message: a fix moves errors, so places are not compared.</summary>
        private static Dictionary<string, int> CompilerErrors(Compilation compilation)
            => compilation.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .GroupBy(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
                .ToDictionary(g => g.Key, g => g.Count());

        private Project CreateProject()
        {
            var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp11);
            var tree = CSharpSyntaxTree.ParseText(Source, parseOptions);
            var outputKind = tree.GetRoot().ChildNodes().OfType<GlobalStatementSyntax>().Any()
                ? OutputKind.ConsoleApplication
                : OutputKind.DynamicallyLinkedLibrary;
            var projectId = ProjectId.CreateNewId();
            var solution = new AdhocWorkspace().CurrentSolution
                .AddProject(ProjectInfo.Create(
                    projectId,
                    VersionStamp.Default,
                    "Fuzz",
                    "Fuzz",
                    LanguageNames.CSharp,
                    compilationOptions: new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable),
                    parseOptions: parseOptions,
                    metadataReferences: FuzzReferences.Value))
                .AddDocument(DocumentId.CreateNewId(projectId), "Test0.cs", SourceText.From(Source, Encoding.UTF8), filePath: TestProject.Folder + "Test0.cs")
                .AddDocument(DocumentId.CreateNewId(projectId), "GlobalUsings.g.cs", SourceText.From(SdkReferencePacks.ImplicitUsings, Encoding.UTF8), filePath: "/0/obj/GlobalUsings.g.cs");
            if (Config is not null)
            {
                foreach (var name in ConfigNames)
                {
                    solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), name, SourceText.From(Config, Encoding.UTF8), filePath: "/0/" + name);
                }

                // The same text as the files of two other projects, as the props hand them for PORT013 (an AppHost's, so
                // that they are compared with each other too).
                var otherProjects = new StringBuilder("is_global = true\n");
                foreach (var project in new[] { "Api", "Worker" })
                {
                    foreach (var name in OtherProjectFileNames)
                    {
                        var path = $"/{project}/{name}";
                        solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), name, SourceText.From(Config, Encoding.UTF8), filePath: path);
                        otherProjects.Append($"[{path}]\nbuild_metadata.AdditionalFiles.PortAnalyzersProject = {project}\nbuild_metadata.AdditionalFiles.PortAnalyzersAppHostResource = true\n");
                    }
                }

                solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".globalconfig", SourceText.From(otherProjects.ToString()), filePath: "/0/.globalconfig");
            }

            if (EditorConfig is not null)
            {
                solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".editorconfig", SourceText.From(EditorConfig), filePath: "/0/.editorconfig");
            }

            return solution.GetProject(projectId)!;
        }
    }

    /// <summary>The diagnostics fix-all works on: those the analyzers reported on the variant.</summary>
    private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> diagnostics;

        public FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) => this.diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return diagnostics.Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Diagnostic>());
    }

    /// <summary>Shows that the runner sees an analyzer's exception.</summary>
#pragma warning disable RS1001 // Created by the test itself, never loaded by a compiler.
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.InvalidPort);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(_ => throw new InvalidOperationException("boom"), OperationKind.Invocation);
        }
    }
}
