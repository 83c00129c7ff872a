using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PortAnalyzers.Code;

namespace PortAnalyzers.Benchmarks;

/// <summary>
/// What a codebase hands the package's operation callbacks: how many calls, creations and assignments reach them, how
/// many the index lets through to a row's own check (by name), and how many a row applies to. It asks the analyzer's
/// own index and rows (<see cref="WatchedApiIndex"/>, <see cref="WatchedApi.AppliesTo"/>), so it shows what a real
/// repository makes the analyzer look at that the generated codebase does not. Counted, not timed.
/// </summary>
internal static class IndexCensus
{
    public static async Task<Tally> TakeAsync(ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references)
    {
        var census = new CensusAnalyzer();
        var withCensus = AnalyzerCost.Compile(trees, references).WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(census),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        await withCensus.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        return census.Tally;
    }

    public static void Print(Tally tally, int topNames)
    {
        Console.WriteLine("## Index census");
        Console.WriteLine();
        Console.WriteLine("| operation | callbacks | given candidate rows | a row applies |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var kind in tally.Callbacks.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            var candidates = tally.Names.Where(n => n.Key.Kind == kind).ToList();
            Console.WriteLine($"| {kind} | {tally.Callbacks[kind]:N0} | {candidates.Sum(n => n.Value.Candidates):N0} | {candidates.Sum(n => n.Value.Applies):N0} |");
        }

        Console.WriteLine();
        Console.WriteLine($"The {topNames} names given candidate rows most often:");
        Console.WriteLine();
        Console.WriteLine("| operation | name | candidates | a row applies |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var ((kind, name), count) in tally.Names.OrderByDescending(n => n.Value.Candidates).ThenBy(n => n.Key.Name, StringComparer.Ordinal).Take(topNames))
        {
            Console.WriteLine($"| {kind} | {name} | {count.Candidates:N0} | {count.Applies:N0} |");
        }

        Console.WriteLine();
    }

    internal sealed class Tally
    {
        public Dictionary<string, int> Callbacks { get; } = new(StringComparer.Ordinal);

        public Dictionary<(string Kind, string Name), (int Candidates, int Applies)> Names { get; } = new();
    }

    /// <summary>Registers the operation kinds <c>PortUsageAnalyzer</c> registers, and counts under a lock.</summary>
    // The authoring rules are for analyzers a compiler loads; this one runs only inside the benchmark's process.
#pragma warning disable RS1036, RS1038, RS1041, RS2008
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class CensusAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1036, RS1038, RS1041
    {
        /// <summary>Never reported: the driver skips an analyzer that supports no diagnostic.</summary>
        private static readonly DiagnosticDescriptor Unreported = new("CENSUS", "Index census", "Index census", "Performance", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

#pragma warning restore RS2008

        public Tally Tally { get; } = new();

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Unreported);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            var index = WatchedApiIndex.Instance;
            context.RegisterOperationAction(o => Count("call", o.Operation, index.Candidates((IInvocationOperation)o.Operation)), OperationKind.Invocation);
            context.RegisterOperationAction(o => Count("creation", o.Operation, index.Candidates((IObjectCreationOperation)o.Operation, o.Operation.Type?.Name)), OperationKind.ObjectCreation);
            context.RegisterOperationAction(o => Count("assignment", o.Operation, index.Candidates((ISimpleAssignmentOperation)o.Operation)), OperationKind.SimpleAssignment);

            // Strings are read for connection strings by their text, not through the index: counted, never candidates.
            context.RegisterSyntaxNodeAction(n => Count("string", operation: null, ImmutableArray<WatchedApi>.Empty), WrittenConnectionStrings.StringKinds);
        }

        private void Count(string kind, IOperation? operation, ImmutableArray<WatchedApi> candidates)
        {
            var candidate = operation is null || candidates.IsEmpty ? default((string, string)?) : (kind, NameOf(operation));
            var applies = operation is not null && candidates.Any(api => api.AppliesTo(operation));
            lock (Tally)
            {
                Tally.Callbacks[kind] = Tally.Callbacks.GetValueOrDefault(kind) + 1;
                if (candidate is { } key)
                {
                    var (before, applied) = Tally.Names.GetValueOrDefault(key);
                    Tally.Names[key] = (before + 1, applied + (applies ? 1 : 0));
                }
            }
        }

        private static string NameOf(IOperation operation) => operation switch
        {
            IInvocationOperation call => call.TargetMethod.Name,
            IObjectCreationOperation creation => creation.Type?.Name ?? "?",
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } => WatchedApiIndex.AssignedName(target),
            _ => "?",
        };
    }
}
