using System;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PortAnalyzers.Ports;

namespace PortAnalyzers.CodeFixes;

/// <summary>PORT001 and PORT002: write port 0, so the operating system picks a free port.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UsePortZeroCodeFix)), Shared]
public sealed class UsePortZeroCodeFix : PortLiteralCodeFix
{
    public const string ListenerEquivalenceKey = "PortAnalyzers.UsePortZero";
    public const string SourcePortEquivalenceKey = "PortAnalyzers.LetOsChooseSourcePort";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.ListenerInDynamicRange, DiagnosticIds.FixedClientSourcePort);

    protected override PortEdit? Edit(Diagnostic diagnostic, ExpressionSyntax expression, long port, SemanticModel model, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.ContainsKey(FixProperties.AcceptsPortZero)
            || PortLiterals.Rewrite(expression, port, PortNumber.OsAssigned, newHost: KestrelHostForPortZero) is not { } replacement)
        {
            return null;
        }

        return diagnostic.Id == DiagnosticIds.ListenerInDynamicRange
            ? new PortEdit(expression, replacement, "Use a port chosen by the OS (0)", ListenerEquivalenceKey)
            : new PortEdit(expression, replacement, "Let the OS choose the source port", SourcePortEquivalenceKey);
    }

    /// <summary>Kestrel refuses port 0 on "localhost" (it would bind two addresses), so such URLs move to 127.0.0.1.</summary>
    private static string? KestrelHostForPortZero(EndpointUrl url)
        => url.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? "127.0.0.1" : null;
}
