using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace PortAnalyzers.CodeFixes;

/// <summary>
/// Fix-all for "Reuse a static HttpClient". The batch fixer would merge independent edits that each add a field;
/// this fixes each document's locals together (one field per type) and the documents one after another, so a
/// partial type spread over files gets its field once and the later files reuse it.
/// </summary>
internal sealed class SharedHttpClientFixAllProvider : FixAllProvider
{
    private readonly string title;

    public SharedHttpClientFixAllProvider(string title) => this.title = title;

    public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var documents = fixAllContext.Scope switch
        {
            FixAllScope.Document when fixAllContext.Document is not null => new[] { fixAllContext.Document },
            FixAllScope.Project => fixAllContext.Project.Documents.ToArray(),
            FixAllScope.Solution => fixAllContext.Solution.Projects.SelectMany(p => p.Documents).ToArray(),
            _ => null,
        };

        return Task.FromResult(documents is null
            ? null
            : CodeAction.Create(title, cancellationToken => FixAsync(fixAllContext, documents, cancellationToken), fixAllContext.CodeActionEquivalenceKey));
    }

    private static async Task<Solution> FixAsync(FixAllContext context, IEnumerable<Document> documents, CancellationToken cancellationToken)
    {
        var solution = context.Solution;
        foreach (var document in documents)
        {
            // The diagnostics come from the original document; earlier edits touched other documents only.
            var diagnostics = await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
            if (diagnostics.IsEmpty || solution.GetDocument(document.Id) is not { } current)
            {
                continue;
            }

            var fixedDocument = await SharedHttpClientEdit.ApplyAsync(current, diagnostics, cancellationToken).ConfigureAwait(false);
            solution = fixedDocument.Project.Solution;
        }

        return solution;
    }
}
