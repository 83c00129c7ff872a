using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Testing.Model;

namespace PortAnalyzers.Tests.Verifiers;

public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(string id) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(id);

    /// <summary>
    /// The single fix, applied until nothing is left to fix, and fix-all in document, project and solution give
    /// <paramref name="fixedSource"/> (fix-all <paramref name="batchFixedSource"/> where given), which compiles.
    /// </summary>
    public static Task VerifyCodeFixAsync(string source, string fixedSource, string? equivalenceKey = null, string? batchFixedSource = null)
        => new Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            BatchFixedCode = batchFixedSource!,
            CodeActionEquivalenceKey = equivalenceKey,
        }.RunAsync();

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            TestProject.Configure(this);

            // A diagnostic marked in the fixed code is one the fix must leave (the library ignores such marks by default).
            FixedState.MarkupHandling = MarkupMode.Allow;
            BatchFixedState.MarkupHandling = MarkupMode.Allow;
        }

        protected override Task RunImplAsync(CancellationToken cancellationToken)
        {
            TestProject.AddImplicitUsings(TestState, FixedState, BatchFixedState);
            return base.RunImplAsync(cancellationToken);
        }

        protected override async Task<Project> CreateProjectImplAsync(EvaluatedProjectState primaryProject, ImmutableArray<EvaluatedProjectState> additionalProjects, CancellationToken cancellationToken)
            => TestProject.Complete(await base.CreateProjectImplAsync(primaryProject, additionalProjects, cancellationToken));
    }
}
