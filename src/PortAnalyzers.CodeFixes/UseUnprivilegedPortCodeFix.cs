using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace PortAnalyzers.CodeFixes;

/// <summary>PORT003: move HTTP from 80 to 8080 and HTTPS from 443 to 8443, as the .NET 8 container images did.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseUnprivilegedPortCodeFix)), Shared]
public sealed class UseUnprivilegedPortCodeFix : CodeFixProvider
{
    public const string EquivalenceKey = "PortAnalyzers.UseUnprivilegedPort";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.WellKnownPortExposed);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null
                || !PortLiterals.TryGetPort(diagnostic, out var port)
                || UnprivilegedPort(port) is not { } newPort
                || PortLiterals.ReportedExpression(root, diagnostic) is not { } expression
                || PortLiterals.Rewrite(expression, port, newPort, rewriteDefaultPort: true) is not { } replacement)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use unprivileged port {newPort}",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(expression, replacement))),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static int? UnprivilegedPort(long port) => port switch
    {
        80 => 8080,
        443 => 8443,
        _ => null,
    };
}
