using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PortAnalyzers.CodeFixes;

/// <summary>One edit a port fix makes: a node replaced, under a title and equivalence key.</summary>
public readonly struct PortEdit
{
    public PortEdit(SyntaxNode original, SyntaxNode replacement, string title, string equivalenceKey)
    {
        Original = original;
        Replacement = replacement;
        Title = title;
        EquivalenceKey = equivalenceKey;
    }

    public SyntaxNode Original { get; }

    public SyntaxNode Replacement { get; }

    public string Title { get; }

    public string EquivalenceKey { get; }
}

/// <summary>
/// The fixes that edit the expression a port diagnostic is reported on (or a node next to it): each finds the port
/// and the expression the same way and replaces one node, so fix-all can batch their edits.
/// </summary>
public abstract class PortLiteralCodeFix : CodeFixProvider
{
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || model is null
                || !PortLiterals.TryGetPort(diagnostic, out var port)
                || PortLiterals.ReportedExpression(root, diagnostic) is not { } expression
                || Edit(diagnostic, expression, port, model, context.CancellationToken) is not { } edit)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    edit.Title,
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(edit.Original, edit.Replacement))),
                    edit.EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>The edit for <paramref name="diagnostic"/> on <paramref name="port"/> written in <paramref name="expression"/>; null when there is none.</summary>
    protected abstract PortEdit? Edit(Diagnostic diagnostic, ExpressionSyntax expression, long port, SemanticModel model, CancellationToken cancellationToken);
}
