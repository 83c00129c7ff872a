using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PortAnalyzers.CodeFixes;

/// <summary>One edit a port fix makes: a node replaced or removed, under a title and equivalence key.</summary>
public readonly struct PortEdit
{
    public PortEdit(SyntaxNode original, SyntaxNode? replacement, string title, string equivalenceKey)
    {
        Original = original;
        Replacement = replacement;
        Title = title;
        EquivalenceKey = equivalenceKey;
    }

    public SyntaxNode Original { get; }

    /// <summary>The node that takes the original's place; null removes the original, keeping unbalanced directives.</summary>
    public SyntaxNode? Replacement { get; }

    public string Title { get; }

    public string EquivalenceKey { get; }

    /// <summary>The action that makes this edit in <paramref name="document"/>, whose root is <paramref name="root"/>.</summary>
    internal CodeAction ToCodeAction(Document document, SyntaxNode root, string equivalenceKey)
    {
        var edit = this;
        return CodeAction.Create(Title, _ => Task.FromResult(document.WithSyntaxRoot(edit.ApplyTo(root))), equivalenceKey);
    }

    private SyntaxNode ApplyTo(SyntaxNode root)
        => Replacement is null
            ? root.RemoveNode(Original, SyntaxRemoveOptions.KeepUnbalancedDirectives)!
            : root.ReplaceNode(Original, Replacement);
}

/// <summary>
/// The port fixes: each finds the port and the expression a diagnostic is reported on the same way and replaces that
/// expression or a node around it (or removes the statement holding it). They share one fix-all
/// (<see cref="PortFixAllProvider"/>), so the fixes of one diagnostic id never depend on which of them runs it.
/// </summary>
public abstract class PortLiteralCodeFix : CodeFixProvider
{
    private FixAllProvider? fixAll;

    public sealed override FixAllProvider GetFixAllProvider() => fixAll ??= PortFixAllProvider.For(this);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (EditFor(diagnostic, root, model, context.CancellationToken) is { } edit)
            {
                context.RegisterCodeFix(edit.ToCodeAction(context.Document, root, edit.EquivalenceKey), diagnostic);
            }
        }
    }

    /// <summary>
    /// The edit for <paramref name="diagnostic"/>; null when there is none, or when the diagnostic has an id this
    /// provider does not fix (dotnet format asks a provider about the first finding of the run, whatever its id).
    /// </summary>
    internal PortEdit? EditFor(Diagnostic diagnostic, SyntaxNode root, SemanticModel model, CancellationToken cancellationToken)
        => FixableDiagnosticIds.Contains(diagnostic.Id)
            && PortLiterals.TryGetPort(diagnostic, out var port)
            && PortLiterals.ReportedExpression(root, diagnostic) is { } expression
                ? Edit(diagnostic, expression, port, model, cancellationToken)
                : null;

    /// <summary>The edit for <paramref name="diagnostic"/> on <paramref name="port"/> written in <paramref name="expression"/>; null when there is none.</summary>
    protected abstract PortEdit? Edit(Diagnostic diagnostic, ExpressionSyntax expression, long port, SemanticModel model, CancellationToken cancellationToken);
}
