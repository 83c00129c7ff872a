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
/// from when that provider has one, and otherwise the edit of another port fix for its id; the batch fixer merges them.
/// </summary>
/// <remarks>
/// The batch fixer alone keeps only the actions whose equivalence key is the one the host passes. <c>dotnet format</c>
/// passes the key of the first action the provider registers for the first finding of its analysis, which may be a
/// finding of another requested id (so another key) or one the provider has no fix for (no key); then nothing matches
/// and it reports "didn't return a Fix All action". It also runs the providers of one id one after another, giving the
/// later ones the findings from before the first one's edits, and skips them once the first finding's document has
/// changed, so a finding only a later provider fixes would stay. Hence: the key is not consulted, each provider's
/// fix-all also makes the other providers' edits for its ids, and findings reported on an older version of their
/// document are left alone.
/// </remarks>
internal sealed class PortFixAllProvider : FixAllProvider
{
    /// <summary>The key of the actions inside the batch; never shown, and never a key of a single fix.</summary>
    private const string BatchEquivalenceKey = "PortAnalyzers.FixAllPortFindings";

    /// <summary>Every exported port fix: the edits a fix-all falls back on, in this order.</summary>
    private static readonly ImmutableArray<PortLiteralCodeFix> PortFixes = ImmutableArray.Create<PortLiteralCodeFix>(
        new UsePortZeroCodeFix(),
        new RemoveBindCallCodeFix(),
        new ListenOnLoopbackCodeFix(),
        new UseUnprivilegedPortCodeFix());

    private static readonly ImmutableArray<FixAllScope> Scopes = ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution);

    private readonly FirstEdit edits;

    public PortFixAllProvider(PortLiteralCodeFix owner)
        => edits = new FirstEdit(PortFixes.Where(fix => fix.GetType() != owner.GetType()).Prepend(owner).ToImmutableArray());

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => Scopes;

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var diagnostics = new CurrentDiagnostics(fixAllContext);
        var batch = fixAllContext.Document is { } document
            ? new FixAllContext(document, edits, fixAllContext.Scope, BatchEquivalenceKey, fixAllContext.DiagnosticIds, diagnostics, fixAllContext.CancellationToken)
            : new FixAllContext(fixAllContext.Project, edits, fixAllContext.Scope, BatchEquivalenceKey, fixAllContext.DiagnosticIds, diagnostics, fixAllContext.CancellationToken);

        // Nothing to change is not a failure: another provider of the id already made these edits (dotnet format
        // would otherwise warn that this one "didn't return a Fix All action").
        return await WellKnownFixAllProviders.BatchFixer.GetFixAsync(batch).ConfigureAwait(false)
            ?? CodeAction.Create("Nothing left to fix", _ => Task.FromResult(fixAllContext.Solution), fixAllContext.CodeActionEquivalenceKey);
    }

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

    /// <summary>
    /// The host's diagnostics, less those reported on another version of their document than the solution holds:
    /// dotnet format gives the later providers of an id the findings from before the first provider's edits.
    /// </summary>
    private sealed class CurrentDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly FixAllContext host;

        public CurrentDiagnostics(FixAllContext host) => this.host = host;

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Current(document.Project.Solution, await host.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false));

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => await host.GetProjectDiagnosticsAsync(project).ConfigureAwait(false);

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Current(project.Solution, await host.GetAllDiagnosticsAsync(project).ConfigureAwait(false));

        private static IEnumerable<Diagnostic> Current(Solution solution, ImmutableArray<Diagnostic> diagnostics)
            => diagnostics.Where(d => d.Location.SourceTree is not { } tree || solution.GetDocument(tree) is not null);
    }
}
