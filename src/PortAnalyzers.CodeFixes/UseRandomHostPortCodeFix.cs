using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PortAnalyzers.Code;

namespace PortAnalyzers.CodeFixes;

/// <summary>
/// PORT011: rewrites a Testcontainers port binding to <c>WithPortBinding(containerPort, true)</c>, keeping the
/// container port, so that Docker picks a free host port. Code that reads the fixed port elsewhere is not touched:
/// it must read <c>GetMappedPublicPort(containerPort)</c> instead.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseRandomHostPortCodeFix)), Shared]
public sealed class UseRandomHostPortCodeFix : CodeFixProvider
{
    public const string EquivalenceKey = "PORT011.UseRandomHostPort";

    private const string Title = "Bind a random host port";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.FixedTestContainerHostPort);

    public override FixAllProvider GetFixAllProvider() => new OwnKeyBatchFixer(this, EquivalenceKey);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Id == DiagnosticIds.FixedTestContainerHostPort
                && RandomHostPortArguments(root, model, diagnostic, context.CancellationToken) is { } edit)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        Title,
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(edit.Old, edit.New))),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The binding's argument list and the one that keeps its container port and asks for a random host port.</summary>
    private static (ArgumentListSyntax Old, ArgumentListSyntax New)? RandomHostPortArguments(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } invocation
            || model.GetOperation(invocation, cancellationToken) is not IInvocationOperation operation)
        {
            return null;
        }

        var containerPort = Operands.Argument(operation.Arguments, ContainerOperands.ContainerPortParameter)
            ?? Operands.Argument(operation.Arguments, ContainerOperands.PortParameter);
        if (containerPort?.Syntax is not ExpressionSyntax expression)
        {
            return null;
        }

        var arguments = SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
        {
            SyntaxFactory.Argument(expression.WithoutTrivia()),
            SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression)),
        }));
        return (invocation.ArgumentList, arguments.WithTriviaFrom(invocation.ArgumentList));
    }
}
