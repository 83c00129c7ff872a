using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CodeFixes;
using PortAnalyzers.Benchmarks;

namespace PortAnalyzers.Tests.Robustness;

/// <summary>
/// The analyzers and code fixes of the two PortAnalyzers assemblies, found by reflection: a new rule or fix is
/// covered by the robustness tests without being listed anywhere.
/// </summary>
public static class PortAnalyzersTypes
{
    public static Assembly Analyzers => typeof(PortAnalyzers.Rules.PortUsageAnalyzer).Assembly;

    public static Assembly CodeFixes => Assembly.Load(new AssemblyName("PortAnalyzers.CodeFixes"));

    public static IEnumerable<Assembly> Both => new[] { Analyzers, CodeFixes };

    public static ImmutableArray<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer> AllAnalyzers() => AnalyzerCost.AllAnalyzers();

    public static ImmutableArray<CodeFixProvider> AllCodeFixes()
        => CodeFixes.GetTypes()
            .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToImmutableArray();
}
