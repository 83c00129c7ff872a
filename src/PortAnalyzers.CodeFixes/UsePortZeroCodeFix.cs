using System;
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using PortAnalyzers.Ports;

namespace PortAnalyzers.CodeFixes;

/// <summary>PORT001 and PORT002: write port 0, so the operating system picks a free port.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UsePortZeroCodeFix)), Shared]
public sealed class UsePortZeroCodeFix : CodeFixProvider
{
    public const string ListenerEquivalenceKey = "PortAnalyzers.UsePortZero";
    public const string SourcePortEquivalenceKey = "PortAnalyzers.LetOsChooseSourcePort";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.ListenerInDynamicRange, DiagnosticIds.FixedClientSourcePort);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null
                || !diagnostic.Properties.ContainsKey(FixProperties.AcceptsPortZero)
                || !PortLiterals.TryGetPort(diagnostic, out var port)
                || PortLiterals.ReportedExpression(root, diagnostic) is not { } expression
                || PortLiterals.Rewrite(expression, port, PortNumber.OsAssigned, newHost: KestrelHostForPortZero) is not { } replacement)
            {
                continue;
            }

            var isListener = diagnostic.Id == DiagnosticIds.ListenerInDynamicRange;
            context.RegisterCodeFix(
                CodeAction.Create(
                    isListener ? "Use a port chosen by the OS (0)" : "Let the OS choose the source port",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(expression, replacement))),
                    isListener ? ListenerEquivalenceKey : SourcePortEquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>Kestrel refuses port 0 on "localhost" (it would bind two addresses), so such URLs move to 127.0.0.1.</summary>
    private static string? KestrelHostForPortZero(EndpointUrl url)
        => url.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? "127.0.0.1" : null;
}
