using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Benchmarks;

/// <summary>What one measurement found: the compiler's binding time and each analyzer's own execution time.</summary>
public sealed class CostMeasurement
{
    public CostMeasurement(TimeSpan binding, int compilerErrors, TimeSpan analyzersWall, IReadOnlyDictionary<string, TimeSpan> perAnalyzer, IReadOnlyList<string> findings)
    {
        Binding = binding;
        CompilerErrors = compilerErrors;
        AnalyzersWall = analyzersWall;
        PerAnalyzer = perAnalyzer;
        Findings = findings;
    }

    /// <summary>Wall time of <c>compilation.GetDiagnostics()</c> on a fresh compilation.</summary>
    public TimeSpan Binding { get; }

    /// <summary>Errors the compiler found: none in generated code; real code may miss its package references.</summary>
    public int CompilerErrors { get; }

    /// <summary>Wall time of the whole analyzer run, the driver's own binding of operation trees included.</summary>
    public TimeSpan AnalyzersWall { get; }

    /// <summary>Time spent inside each analyzer's callbacks, as the driver logs it.</summary>
    public IReadOnlyDictionary<string, TimeSpan> PerAnalyzer { get; }

    public TimeSpan AnalyzerTotal => TimeSpan.FromTicks(PerAnalyzer.Values.Sum(t => t.Ticks));

    /// <summary>Analyzer time as a fraction of binding time.</summary>
    public double Ratio => AnalyzerTotal.TotalMilliseconds / Binding.TotalMilliseconds;

    public int Diagnostics => Findings.Count;

    /// <summary>Each diagnostic as <c>PORTnnn file(line,column)</c>, sorted, to check that a change keeps every result.</summary>
    public IReadOnlyList<string> Findings { get; }
}

/// <summary>
/// Measures what the PortAnalyzers analyzers cost next to the compiler itself. Both run single-threaded so that the
/// two times are comparable (on a shared machine, parallelism only adds noise).
/// </summary>
public static class AnalyzerCost
{
    /// <summary>Every analyzer in the PortAnalyzers assembly, found by reflection so that new rules are measured too.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers() => AllAnalyzers(typeof(PortUsageAnalyzer).Assembly);

    /// <summary>Every analyzer in <paramref name="assembly"/>: this build's, or another build's to compare with.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers(Assembly assembly)
        => assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    public static ImmutableArray<SyntaxTree> Parse(IEnumerable<(string Path, string Text)> sources)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        return sources.Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, Encoding.UTF8), options, s.Path)).ToImmutableArray();
    }

    public static ImmutableArray<AdditionalText> AdditionalFiles(IEnumerable<(string Path, string Text)> files)
        => files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();

    public static CSharpCompilation Compile(ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references)
    {
        var outputKind = trees.Any(HasTopLevelStatements) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
        return CSharpCompilation.Create(
            "Measured",
            trees,
            references,
            new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));
    }

    /// <summary>Binds <paramref name="trees"/> in a fresh compilation, then runs the analyzers on another fresh one.</summary>
    public static async Task<CostMeasurement> MeasureAsync(
        ImmutableArray<SyntaxTree> trees,
        ImmutableArray<AdditionalText> additionalFiles,
        ImmutableArray<MetadataReference> references,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var compilerDiagnostics = Compile(trees, references).GetDiagnostics(cancellationToken);
        var binding = stopwatch.Elapsed;
        var errors = compilerDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

        var exceptions = new List<Exception>();
        var withAnalyzers = Compile(trees, references).WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(additionalFiles),
                (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } },
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: true));
        stopwatch.Restart();
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        var wall = stopwatch.Elapsed;
        if (exceptions.Count > 0)
        {
            throw new InvalidOperationException("An analyzer threw: " + exceptions[0], exceptions[0]);
        }

        var perAnalyzer = new Dictionary<string, TimeSpan>();
        foreach (var analyzer in analyzers)
        {
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, cancellationToken).ConfigureAwait(false);
            perAnalyzer[analyzer.GetType().Name] = telemetry.ExecutionTime;
        }

        var findings = diagnostics
            .Select(d => $"{d.Id} {d.Location.GetLineSpan().Path}({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1})")
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        return new CostMeasurement(binding, errors, wall, perAnalyzer, findings);
    }

    private static bool HasTopLevelStatements(SyntaxTree tree)
        => tree.GetRoot().ChildNodes().Any(n => n.IsKind(SyntaxKind.GlobalStatement));
}
