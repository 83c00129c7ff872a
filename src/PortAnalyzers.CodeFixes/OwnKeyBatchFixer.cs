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
/// The batch fixer under the fix's own equivalence key, whatever key the host passes, so that one
/// <c>dotnet format analyzers</c> run applies every fix of the ids it is given.
/// </summary>
/// <remarks>
/// The batch fixer alone keeps only the actions whose equivalence key is the one the host passes. <c>dotnet format</c>
/// passes the key of the first action the provider registers for the first finding of its analysis, which may be a
/// finding of another requested id (so another key) or one the provider has no fix for (no key); then nothing matches
/// and it reports "didn't return a Fix All action". It also runs the providers of one id one after another, giving the
/// later ones the findings from before the first one's edits, and skips them once the first finding's document has
/// changed. Hence: the key is not consulted, and findings reported on an older version of their document are left alone.
/// </remarks>
internal sealed class OwnKeyBatchFixer : FixAllProvider
{
    private static readonly ImmutableArray<FixAllScope> Scopes = ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution);

    private readonly CodeFixProvider edits;
    private readonly string equivalenceKey;

    /// <param name="edits">The provider whose actions, registered under <paramref name="equivalenceKey"/>, are batched.</param>
    /// <param name="equivalenceKey">The key of those actions.</param>
    public OwnKeyBatchFixer(CodeFixProvider edits, string equivalenceKey)
    {
        this.edits = edits;
        this.equivalenceKey = equivalenceKey;
    }

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => Scopes;

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var diagnostics = new CurrentDiagnostics(fixAllContext);
        var batch = fixAllContext.Document is { } document
            ? new FixAllContext(document, edits, fixAllContext.Scope, equivalenceKey, fixAllContext.DiagnosticIds, diagnostics, fixAllContext.CancellationToken)
            : new FixAllContext(fixAllContext.Project, edits, fixAllContext.Scope, equivalenceKey, fixAllContext.DiagnosticIds, diagnostics, fixAllContext.CancellationToken);

        // Nothing to change is not a failure: another provider of the id already made these edits (dotnet format
        // would otherwise warn that this one "didn't return a Fix All action").
        return await WellKnownFixAllProviders.BatchFixer.GetFixAsync(batch).ConfigureAwait(false)
            ?? CodeAction.Create("Nothing left to fix", _ => Task.FromResult(fixAllContext.Solution), fixAllContext.CodeActionEquivalenceKey);
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
