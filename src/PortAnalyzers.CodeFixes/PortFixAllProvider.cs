using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace PortAnalyzers.CodeFixes;

/// <summary>
/// Fix-all for the port fixes: every finding of the requested ids gets the edit of the provider fix-all was started
/// from when that provider has one, and otherwise the edit of another port fix for its id (dotnet format runs only
/// the first provider of an id once it has edited a document), batched by <see cref="OwnKeyBatchFixer"/>.
/// </summary>
internal static class PortFixAllProvider
{
    /// <summary>The key of the actions inside the batch; never shown, and never a key of a single fix.</summary>
    private const string BatchEquivalenceKey = "PortAnalyzers.FixAllPortFindings";

    /// <summary>Every exported port fix: the edits a fix-all falls back on, in this order.</summary>
    private static readonly ImmutableArray<PortLiteralCodeFix> PortFixes = ImmutableArray.Create<PortLiteralCodeFix>(
        new UsePortZeroCodeFix(),
        new RemoveBindCallCodeFix(),
        new ListenOnLoopbackCodeFix(),
        new UseUnprivilegedPortCodeFix());

    public static FixAllProvider For(PortLiteralCodeFix owner)
        => new OwnKeyBatchFixer(new FirstEdit(PortFixes.Where(fix => fix.GetType() != owner.GetType()).Prepend(owner).ToImmutableArray()), BatchEquivalenceKey);

    /// <summary>Offers for each diagnostic the first edit the port fixes have for it, owner first, under the batch's key.</summary>
    private sealed class FirstEdit : CodeFixProvider
    {
        private readonly ImmutableArray<PortLiteralCodeFix> fixes;

        public FirstEdit(ImmutableArray<PortLiteralCodeFix> fixes)
        {
            this.fixes = fixes;
            FixableDiagnosticIds = fixes.SelectMany(fix => fix.FixableDiagnosticIds).Distinct().ToImmutableArray();
        }

        public override ImmutableArray<string> FixableDiagnosticIds { get; }

        /// <summary>Used only inside <see cref="PortFixAllProvider"/>'s batch, never as a provider of its own.</summary>
        public override FixAllProvider? GetFixAllProvider() => null;

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
                if (fixes.Select(fix => fix.EditFor(diagnostic, root, model, context.CancellationToken)).FirstOrDefault(edit => edit is not null) is { } edit)
                {
                    context.RegisterCodeFix(edit.ToCodeAction(context.Document, root, BatchEquivalenceKey), diagnostic);
                }
            }
        }
    }
}
