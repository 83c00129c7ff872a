using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

// The wrapper only passes the measured analyzer's own set-up and registrations on: the analyzer-authoring rules
// (attribute, concurrency, generated code, registrations in a start action) are the measured analyzer's to keep.
#pragma warning disable RS1001, RS1012, RS1025, RS1026

namespace PortAnalyzers.Benchmarks;

/// <summary>
/// The bytes each analyzer allocates inside its callbacks, by kind of callback. Unlike time, which moves by a third
/// between processes on a shared machine, a build's allocations are the same in every run; and an analyzer's
/// allocations cost it in the build (memory cleared and, when fresh, faulted in: about 2 µs a kilobyte in the
/// sittings' profiles). Counted on the callback's thread: work a callback waits for on another thread (a lazy value
/// another callback is computing) is not its count, so the benchmark analyzes on one thread. What the compiler does
/// lazily inside a callback (a symbol's attributes, a text's line map) is counted as the analyzer's, as it is paid there.
/// </summary>
public sealed class AllocationMeter
{
    private readonly ConcurrentDictionary<(string Analyzer, string Callback), Tally> tallies = new();

    /// <summary>Each of <paramref name="analyzers"/>, its callbacks counted by this meter.</summary>
    public ImmutableArray<DiagnosticAnalyzer> Wrap(ImmutableArray<DiagnosticAnalyzer> analyzers)
        => analyzers.Select(analyzer => (DiagnosticAnalyzer)new MeteredAnalyzer(analyzer, this)).ToImmutableArray();

    public void Clear()
    {
        foreach (var tally in tallies.Values)
        {
            tally.Clear();
        }
    }

    /// <summary>What was counted since <see cref="Clear"/>: analyzer, callback, callbacks run and bytes allocated.</summary>
    public IEnumerable<(string Analyzer, string Callback, long Calls, long Bytes)> Counts
        => tallies.Where(t => t.Value.Calls > 0)
            .OrderBy(t => t.Key.Analyzer, StringComparer.Ordinal).ThenByDescending(t => t.Value.Bytes)
            .Select(t => (t.Key.Analyzer, t.Key.Callback, t.Value.Calls, t.Value.Bytes));

    /// <summary>
    /// <paramref name="action"/>, its allocations added to the tally of its analyzer and callback, found once here: a
    /// callback allocates nothing of its own to be counted, or a closure per callback would be most of what it counts.
    /// </summary>
    private Action<T> Count<T>(string analyzer, string callback, Action<T> action)
    {
        var tally = tallies.GetOrAdd((analyzer, callback), _ => new Tally());
        return context =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                action(context);
            }
            finally
            {
                tally.Add(GC.GetAllocatedBytesForCurrentThread() - before);
            }
        };
    }

    private void Discount(string analyzer, string callback, long bytes) => tallies.GetOrAdd((analyzer, callback), _ => new Tally()).Discount(bytes);

    private sealed class Tally
    {
        private long bytes;
        private long calls;

        public long Bytes => Interlocked.Read(ref bytes);

        public long Calls => Interlocked.Read(ref calls);

        public void Add(long allocated)
        {
            Interlocked.Add(ref bytes, allocated);
            Interlocked.Increment(ref calls);
        }

        public void Discount(long allocated) => Interlocked.Add(ref bytes, -allocated);

        public void Clear()
        {
            Interlocked.Exchange(ref bytes, 0);
            Interlocked.Exchange(ref calls, 0);
        }
    }

    /// <summary>The analyzer, its registrations passed on with every callback counted.</summary>
    private sealed class MeteredAnalyzer : DiagnosticAnalyzer
    {
        private readonly DiagnosticAnalyzer analyzer;
        private readonly AllocationMeter meter;

        public MeteredAnalyzer(DiagnosticAnalyzer analyzer, AllocationMeter meter)
        {
            this.analyzer = analyzer;
            this.meter = meter;
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => analyzer.SupportedDiagnostics;

        public override void Initialize(AnalysisContext context) => analyzer.Initialize(new MeteredContext(context, meter, analyzer.GetType().Name));
    }

    /// <summary>
    /// The registrations of <c>Initialize</c>. The package's analyzers register a compilation start alone there
    /// (<c>PortAnalyzersAnalyzer</c>), and the callbacks they register from it are the ones counted; any other
    /// registration is refused, so that an analyzer measured here never runs a callback uncounted.
    /// </summary>
    private sealed class MeteredContext : AnalysisContext
    {
        private readonly AnalysisContext context;
        private readonly AllocationMeter meter;
        private readonly string analyzer;

        public MeteredContext(AnalysisContext context, AllocationMeter meter, string analyzer)
        {
            this.context = context;
            this.meter = meter;
            this.analyzer = analyzer;
        }

        public override void EnableConcurrentExecution() => context.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => context.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
            => context.RegisterCompilationStartAction(meter.Count<CompilationStartAnalysisContext>(analyzer, "compilation start", start =>
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var metered = new MeteredCompilationStart(start, meter, analyzer);
                var construction = GC.GetAllocatedBytesForCurrentThread() - before;
                action(metered);
                meter.Discount(analyzer, "compilation start", construction + metered.WrappingBytes);
            }));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unsupported();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unsupported();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unsupported();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unsupported();
    }

    /// <summary>
    /// A compilation start's registrations, each counted under the kind of its callback: those the package's analyzers
    /// make. Any other is refused (see <see cref="MeteredContext"/>).
    /// </summary>
    private sealed class MeteredCompilationStart : CompilationStartAnalysisContext
    {
        private readonly CompilationStartAnalysisContext context;
        private readonly AllocationMeter meter;
        private readonly string analyzer;

        public MeteredCompilationStart(CompilationStartAnalysisContext context, AllocationMeter meter, string analyzer)
            : base(context.Compilation, context.Options, context.CancellationToken)
        {
            this.context = context;
            this.meter = meter;
            this.analyzer = analyzer;
        }

        /// <summary>The kinds of a registration that has none.</summary>
        private static readonly ImmutableArray<int> NoKinds = ImmutableArray<int>.Empty;

        /// <summary>What the meter allocated while the analyzer registered: not the analyzer's, so not in its compilation start's count.</summary>
        public long WrappingBytes { get; private set; }

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => context.RegisterCompilationEndAction(Counted("compilation end", NoKinds, action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => context.RegisterSyntaxTreeAction(Counted("syntax tree", NoKinds, action));

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => context.RegisterAdditionalFileAction(Counted("additional file", NoKinds, action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            => context.RegisterSyntaxNodeAction(Counted("syntax", syntaxKinds, action), syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
            => context.RegisterOperationAction(Counted("operation", operationKinds, action), operationKinds);

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unsupported();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported();

        /// <summary>
        /// <paramref name="action"/> counted under <paramref name="callback"/> and its kinds. The name is made here and
        /// its bytes kept apart (<see cref="WrappingBytes"/>): an enum value's name costs tens of kilobytes to make.
        /// </summary>
        private Action<T> Counted<T, TKind>(string callback, ImmutableArray<TKind> kinds, Action<T> action)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var counted = meter.Count(analyzer, kinds.IsEmpty ? callback : callback + " " + string.Join(", ", kinds), action);
            WrappingBytes += GC.GetAllocatedBytesForCurrentThread() - before;
            return counted;
        }

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => throw Unsupported();

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => throw Unsupported();

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => throw Unsupported();
    }

    private static NotSupportedException Unsupported()
        => new("The allocation meter counts the callbacks PortAnalyzers registers; count this kind of registration before measuring an analyzer that makes it.");
}
