using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PortAnalyzers.CodeFixes;

/// <summary>PORT002: remove a <c>Bind</c> statement before <c>Connect</c>; connecting binds a free local port by itself.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveBindCallCodeFix)), Shared]
public sealed class RemoveBindCallCodeFix : CodeFixProvider
{
    public const string EquivalenceKey = "PortAnalyzers.RemoveBindCall";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.FixedClientSourcePort);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || !diagnostic.Properties.ContainsKey(FixProperties.IsBindCall))
            {
                continue;
            }

            var statement = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                .AncestorsAndSelf()
                .OfType<InvocationExpressionSyntax>()
                .FirstOrDefault()?.Parent as ExpressionStatementSyntax;

            // Only a statement of its own in a block can go without leaving an empty if/else/loop body behind.
            if (statement?.Parent is not (BlockSyntax or GlobalStatementSyntax))
            {
                continue;
            }

            SyntaxNode removed = statement.Parent is GlobalStatementSyntax global ? global : statement;
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Remove the Bind call",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.RemoveNode(removed, SyntaxRemoveOptions.KeepUnbalancedDirectives)!)),
                    EquivalenceKey),
                diagnostic);
        }
    }
}
