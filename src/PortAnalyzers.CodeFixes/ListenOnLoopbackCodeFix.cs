using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PortAnalyzers.Ports;

namespace PortAnalyzers.CodeFixes;

/// <summary>PORT003: listen on loopback instead of every interface.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ListenOnLoopbackCodeFix)), Shared]
public sealed class ListenOnLoopbackCodeFix : PortLiteralCodeFix
{
    public const string EquivalenceKey = "PortAnalyzers.ListenOnLoopback";

    private const string Title = "Listen on loopback only";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.WellKnownPortExposed);

    protected override PortEdit? Edit(Diagnostic diagnostic, ExpressionSyntax expression, long port, SemanticModel model, CancellationToken cancellationToken)
        => Replacement(expression, port, model, cancellationToken) is var (original, replacement)
            ? new PortEdit(original, replacement, Title, EquivalenceKey)
            : null;

    private static (SyntaxNode Original, SyntaxNode Replacement)? Replacement(ExpressionSyntax expression, long port, SemanticModel model, CancellationToken cancellationToken)
    {
        if (PortLiterals.Rewrite(expression, port, newPort: null, newHost: LoopbackHost) is { } url)
        {
            return (expression, url);
        }

        // The port argument of a call: find the call it belongs to (an inline IPEndPoint counts as that call).
        var call = expression.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: { } owner } } ? owner : null;
        if (call is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ListenAnyIP" } access } invocation
            && model.GetSymbolInfo(invocation, cancellationToken).Symbol?.ContainingType?.Name == "KestrelServerOptions")
        {
            return (access.Name, SyntaxFactory.IdentifierName("ListenLocalhost").WithTriviaFrom(access.Name));
        }

        var arguments = call switch
        {
            InvocationExpressionSyntax i => i.ArgumentList.Arguments,
            BaseObjectCreationExpressionSyntax c when c.ArgumentList is { } list => list.Arguments,
            _ => default,
        };

        foreach (var argument in arguments)
        {
            if (argument.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Any" or "IPv6Any" } any
                && model.GetSymbolInfo(any, cancellationToken).Symbol is IFieldSymbol { ContainingType: { Name: "IPAddress", ContainingNamespace.Name: "Net" } })
            {
                var loopback = any.Name.Identifier.ValueText == "Any" ? "Loopback" : "IPv6Loopback";
                return (any.Name, SyntaxFactory.IdentifierName(loopback).WithTriviaFrom(any.Name));
            }
        }

        return null;
    }

    private static string? LoopbackHost(EndpointUrl url) => url.HostScope == HostScope.AllInterfaces ? "localhost" : null;
}
