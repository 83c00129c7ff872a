using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Testing;

namespace PortAnalyzers.Tests.Verifiers;

/// <summary>
/// What the library cannot know about the project every test compiles: an SDK-style .NET web project with its
/// implicit usings, nullable enabled, C# 11 (the newest the Roslyn 4.5 test run parses) and the SDK's own .NET and
/// ASP.NET Core reference packs, so that tests bind to the real types without downloading anything.
/// </summary>
public static class TestProject
{
    /// <summary>The folder the library puts <c>/0/Test0.cs</c> in; configuration files go beside it.</summary>
    public const string Folder = "/0/";

    private const string ImplicitUsingsPath = Folder + "obj/GlobalUsings.g.cs";

    public static void Configure(AnalyzerTest<DefaultVerifier> test)
    {
        // No reference package to resolve: the SDK's packs below are the whole framework.
        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        test.TestState.AdditionalReferences.AddRange(SdkReferencePacks.Default);

        // [|…|] stands for the analyzer's first rule, as in the rule tests' shorthand.
        test.MarkupOptions = MarkupOptions.UseFirstDescriptor;
    }

    /// <summary>Adds the implicit usings to each state that has sources of its own (the others inherit them).</summary>
    public static void AddImplicitUsings(params SolutionState[] states)
    {
        foreach (var state in states.Where(s => s.Sources.Count > 0))
        {
            state.Sources.Add((ImplicitUsingsPath, SdkReferencePacks.ImplicitUsings));
        }
    }

    /// <summary>Top-level statements make an executable, as the SDK decides from the code.</summary>
    public static Project Complete(Project project)
    {
        var hasTopLevelStatements = project.Documents
            .Select(d => d.GetSyntaxRootAsync().GetAwaiter().GetResult()!)
            .Any(root => root.ChildNodes().OfType<GlobalStatementSyntax>().Any());
        var options = ((CSharpCompilationOptions)project.CompilationOptions!)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithOutputKind(hasTopLevelStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary);
        return project
            .WithCompilationOptions(options)
            .WithParseOptions(((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp11));
    }
}
