using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PortAnalyzers.CodeFixes;

/// <summary>PORT003: move HTTP from 80 to 8080 and HTTPS from 443 to 8443, as the .NET 8 container images did.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseUnprivilegedPortCodeFix)), Shared]
public sealed class UseUnprivilegedPortCodeFix : PortLiteralCodeFix
{
    public const string EquivalenceKey = "PortAnalyzers.UseUnprivilegedPort";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.WellKnownPortExposed);

    protected override PortEdit? Edit(Diagnostic diagnostic, ExpressionSyntax expression, long port, SemanticModel model, CancellationToken cancellationToken)
        => UnprivilegedPort(port) is { } newPort && PortLiterals.Rewrite(expression, port, newPort, rewriteDefaultPort: true) is { } replacement
            ? new PortEdit(expression, replacement, $"Use unprivileged port {newPort}", EquivalenceKey)
            : null;

    private static int? UnprivilegedPort(long port) => port switch
    {
        80 => 8080,
        443 => 8443,
        _ => null,
    };
}
