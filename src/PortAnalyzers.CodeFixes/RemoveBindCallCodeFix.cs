using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PortAnalyzers.CodeFixes;

/// <summary>PORT002: remove a <c>Bind</c> statement before <c>Connect</c>; connecting binds a free local port by itself.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveBindCallCodeFix)), Shared]
public sealed class RemoveBindCallCodeFix : PortLiteralCodeFix
{
    public const string EquivalenceKey = "PortAnalyzers.RemoveBindCall";

    private const string Title = "Remove the Bind call";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.FixedClientSourcePort);

    protected override PortEdit? Edit(Diagnostic diagnostic, ExpressionSyntax expression, long port, SemanticModel model, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.ContainsKey(FixProperties.IsBindCall))
        {
            return null;
        }

        var statement = expression.AncestorsAndSelf()
            .OfType<InvocationExpressionSyntax>()
            .FirstOrDefault()?.Parent as ExpressionStatementSyntax;

        // Only a statement of its own in a block can go without leaving an empty if/else/loop body behind.
        if (statement?.Parent is not (BlockSyntax or GlobalStatementSyntax))
        {
            return null;
        }

        SyntaxNode removed = statement.Parent is GlobalStatementSyntax global ? global : statement;
        return new PortEdit(removed, replacement: null, Title, EquivalenceKey);
    }
}
