using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace PortAnalyzers.CodeFixes;

/// <summary>
/// Removes a local's declaration once nothing refers to it: a declaration statement goes, a <c>using (…)</c>
/// statement gives way to its body, inlined when that declares no name its new scope already has.
/// </summary>
internal static class DeclarationRemover
{
    /// <summary>Removes the statement marked with <paramref name="mark"/>, keeping its comments and directives.</summary>
    public static SyntaxNode Remove(SyntaxNode root, SyntaxAnnotation mark)
    {
        var statement = (StatementSyntax)root.GetAnnotatedNodes(mark).Single();
        if (statement is not UsingStatementSyntax @using)
        {
            return RemoveStatement(root, mark);
        }

        if (@using.Statement is BlockSyntax block && @using.Parent is BlockSyntax or SwitchSectionSyntax && CanInline(@using, block))
        {
            if (block.Statements.Count == 0)
            {
                return RemoveStatement(root, mark);
            }

            var first = block.Statements[0];
            var inlined = block.Statements
                .Replace(first, first.WithLeadingTrivia(WithoutIndentation(@using.GetLeadingTrivia()).AddRange(first.GetLeadingTrivia())))
                .Select(s => s.WithAdditionalAnnotations(Formatter.Annotation));
            return root.ReplaceNode(@using, inlined);
        }

        return root.ReplaceNode(@using, @using.Statement.WithLeadingTrivia(@using.GetLeadingTrivia()).WithAdditionalAnnotations(Formatter.Annotation));
    }

    private static SyntaxNode RemoveStatement(SyntaxNode root, SyntaxAnnotation mark)
    {
        var statement = root.GetAnnotatedNodes(mark).Single();
        var leading = statement.GetLeadingTrivia();
        if (leading.Any(t => !t.IsKind(SyntaxKind.WhitespaceTrivia) && !t.IsKind(SyntaxKind.EndOfLineTrivia)))
        {
            // Comments and directives above the statement move to the next token, at the statement's indentation.
            var next = statement.GetLastToken().GetNextToken();
            root = root.ReplaceToken(next, next.WithLeadingTrivia(WithoutIndentation(leading).AddRange(next.LeadingTrivia)));
            statement = root.GetAnnotatedNodes(mark).Single();
        }

        return root.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia)!;
    }

    /// <summary>The trivia without the whitespace that indents the line it precedes.</summary>
    private static SyntaxTriviaList WithoutIndentation(SyntaxTriviaList trivia)
    {
        var count = trivia.Count;
        while (count > 0 && trivia[count - 1].IsKind(SyntaxKind.WhitespaceTrivia))
        {
            count--;
        }

        return SyntaxFactory.TriviaList(trivia.Take(count));
    }

    /// <summary>
    /// Whether the block's statements can move into the enclosing scope: none of the names the block declares is
    /// declared anywhere else in that scope (C# forbids the same local name in a scope and a nested one).
    /// </summary>
    private static bool CanInline(UsingStatementSyntax @using, BlockSyntax block)
    {
        var inner = new HashSet<string>(DeclaredNames(block));
        return inner.Count == 0
            || !@using.Parent!.ChildNodes().Where(sibling => sibling != @using).SelectMany(DeclaredNames).Any(inner.Contains);
    }

    private static IEnumerable<string> DeclaredNames(SyntaxNode node)
        => node.DescendantNodesAndSelf()
            .Select(n => n switch
            {
                VariableDeclaratorSyntax declarator => declarator.Identifier,
                SingleVariableDesignationSyntax designation => designation.Identifier,
                LocalFunctionStatementSyntax function => function.Identifier,
                ForEachStatementSyntax loop => loop.Identifier,
                CatchDeclarationSyntax @catch => @catch.Identifier,
                LabeledStatementSyntax label => label.Identifier,
                ParameterSyntax parameter => parameter.Identifier,
                FromClauseSyntax from => from.Identifier,
                LetClauseSyntax let => let.Identifier,
                JoinClauseSyntax join => join.Identifier,
                JoinIntoClauseSyntax into => into.Identifier,
                QueryContinuationSyntax continuation => continuation.Identifier,
                _ => default,
            })
            .Select(identifier => identifier.ValueText)
            .Where(name => name.Length > 0);
}
