using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace PortAnalyzers.CodeFixes;

/// <summary>
/// PORT006: replaces a parameterless <c>new HttpClient()</c> local with a <c>private static readonly</c> field of the
/// type. Fix-all adds one field per type, so it has its own provider rather than the batch fixer, whose
/// independent edits would each add a field.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReuseStaticHttpClientCodeFix)), Shared]
public sealed class ReuseStaticHttpClientCodeFix : CodeFixProvider
{
    public const string EquivalenceKey = "PORT006.ReuseStaticHttpClient";

    private const string Title = "Reuse a static HttpClient";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.HttpClientPerOperation);

    public override FixAllProvider GetFixAllProvider() => new SharedHttpClientFixAllProvider(Title);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (SharedHttpClientEdit.FindLocal(root, diagnostic) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        Title,
                        cancellationToken => SharedHttpClientEdit.ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
