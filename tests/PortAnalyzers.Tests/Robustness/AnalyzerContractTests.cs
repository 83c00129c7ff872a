using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PortAnalyzers.Tests.Robustness;

/// <summary>What every analyzer of the package promises the compiler, checked on all of them by reflection.</summary>
public class AnalyzerContractTests
{
    public static IEnumerable<object[]> Analyzers => PortAnalyzersTypes.AllAnalyzers().Select(a => new object[] { a.GetType().Name });

    [Theory]
    [MemberData(nameof(Analyzers))]
    public void Analyzer_EnablesConcurrentExecutionAndSkipsGeneratedCode(string name)
    {
        var analyzer = PortAnalyzersTypes.AllAnalyzers().Single(a => a.GetType().Name == name);
        var context = new RecordingContext();

        analyzer.Initialize(context);

        Assert.True(context.ConcurrentExecution, $"{name} does not call EnableConcurrentExecution()");

        // Why not None: see PortAnalyzersAnalyzer. The GeneratedCode*_DoesNotReport tests show generated code stays silent.
        Assert.Equal(new[] { GeneratedCodeAnalysisFlags.ReportDiagnostics }, context.GeneratedCode);
    }

    [Fact]
    public void Analyzers_AreFoundByReflection()
        => Assert.Contains(PortAnalyzersTypes.AllAnalyzers(), a => a is PortAnalyzers.Rules.PortUsageAnalyzer);

    /// <summary>Analyzers run concurrently on many compilations in one process: shared mutable state is a race.</summary>
    [Fact]
    public void NoType_HasMutableStaticFields()
    {
        var mutable = PortAnalyzersTypes.Both
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => !IsCompilerGenerated(type))
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(field => !field.IsInitOnly && !field.IsLiteral && !IsCompilerGenerated(field))
            .Select(field => field.DeclaringType!.FullName + "." + field.Name)
            .ToList();

        Assert.Empty(mutable);
    }

    private static bool IsCompilerGenerated(MemberInfo member)
        => member.Name.Contains('<', StringComparison.Ordinal) || member.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)
           || (member is Type { DeclaringType: { } outer } && IsCompilerGenerated(outer));

    /// <summary>An analysis context that records the settings an analyzer chooses and ignores its actions.</summary>
    private sealed class RecordingContext : AnalysisContext
    {
        public bool ConcurrentExecution { get; private set; }

        public List<GeneratedCodeAnalysisFlags> GeneratedCode { get; } = new();

        public override void EnableConcurrentExecution() => ConcurrentExecution = true;

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => GeneratedCode.Add(analysisMode);

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
        {
        }

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action)
        {
        }

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
        {
        }

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
        {
        }

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
        {
        }

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action)
        {
        }

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
        {
        }

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
        {
        }
    }
}
