using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace PortAnalyzers.CodeFixes;

/// <summary>
/// The edit behind "Reuse a static HttpClient": per type, one <c>private static readonly HttpClient</c> field (an
/// existing plain one is reused), every reference to the fixed locals renamed to it, and their declarations
/// (plain, <c>using var</c> or <c>using (…)</c> block) removed.
/// </summary>
internal static class SharedHttpClientEdit
{
    private const string BaseName = "SharedHttpClient";

    /// <summary>
    /// The declarator of the parameterless HttpClient local the diagnostic points at, if the fix applies to it: its
    /// declaration stands in a block or a switch section, where it can be removed (broken code may make it a loop's
    /// whole body).
    /// </summary>
    public static VariableDeclaratorSyntax? FindLocal(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.ContainsKey(FixProperties.CanShareStatic))
        {
            return null;
        }

        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (node is not BaseObjectCreationExpressionSyntax { Initializer: null } creation
            || creation.ArgumentList is { Arguments.Count: > 0 }
            || creation.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
            || declarator.Parent is not VariableDeclarationSyntax { Variables.Count: 1 } declaration
            || declaration.Parent is not (LocalDeclarationStatementSyntax { IsConst: false, Parent: BlockSyntax or SwitchSectionSyntax } or UsingStatementSyntax)
            || ContainingType(declarator) is null)
        {
            return null;
        }

        return declarator;
    }

    public static async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var locals = new List<FixedLocal>();
        foreach (var diagnostic in diagnostics)
        {
            if (FindLocal(root, diagnostic) is { } declarator
                && model.GetDeclaredSymbol(declarator, cancellationToken) is ILocalSymbol symbol
                && locals.All(l => l.Declarator != declarator))
            {
                locals.Add(new FixedLocal(declarator, References(declarator, symbol, model, cancellationToken)));
            }
        }

        var plans = new List<TypePlan>();
        foreach (var group in locals.GroupBy(l => ContainingType(l.Declarator)!))
        {
            if (model.GetDeclaredSymbol(group.Key, cancellationToken) is { } type)
            {
                var reused = ReusableField(type, cancellationToken);
                plans.Add(new TypePlan(group.Key, reused ?? FreeName(type, group.ToList(), model), reused is null, group.ToList()));
            }
        }

        return plans.Count == 0 ? document : document.WithSyntaxRoot(Rewrite(root, plans));
    }

    private static SyntaxNode Rewrite(SyntaxNode root, List<TypePlan> plans)
    {
        // Mark every node to change in one pass, renaming references on the way; the later edits find the
        // statements and types by their marks, as each edit makes new nodes.
        var marks = new Dictionary<SyntaxNode, SyntaxAnnotation>();
        var renames = new Dictionary<SyntaxNode, string>();
        foreach (var plan in plans)
        {
            marks[plan.Type] = new SyntaxAnnotation();
            foreach (var local in plan.Locals)
            {
                marks[Statement(local.Declarator)] = new SyntaxAnnotation();
                foreach (var reference in local.References)
                {
                    renames[reference] = plan.FieldName;
                }
            }
        }

        root = root.ReplaceNodes(
            marks.Keys.Concat(renames.Keys),
            (original, rewritten) => renames.TryGetValue(original, out var name)
                ? SyntaxFactory.IdentifierName(name).WithTriviaFrom(rewritten)
                : rewritten.WithAdditionalAnnotations(marks[original]));

        foreach (var plan in plans)
        {
            foreach (var local in plan.Locals)
            {
                root = DeclarationRemover.Remove(root, marks[Statement(local.Declarator)]);
            }

            if (plan.AddField)
            {
                var type = (TypeDeclarationSyntax)root.GetAnnotatedNodes(marks[plan.Type]).Single();
                root = root.ReplaceNode(type, WithField(type, plan.FieldName));
            }
        }

        return root;
    }

    private static TypeDeclarationSyntax WithField(TypeDeclarationSyntax type, string name)
    {
        var httpClient = SyntaxFactory.ParseTypeName("global::System.Net.Http.HttpClient").WithAdditionalAnnotations(Simplifier.Annotation);
        var lastField = type.Members.LastOrDefault(m => m is FieldDeclarationSyntax);
        var index = lastField is null ? 0 : type.Members.IndexOf(lastField) + 1;

        // A blank line separates the new field from a following member that is not a field.
        var newLine = SyntaxFactory.ElasticEndOfLine(EndOfLine(type));
        var trailing = index < type.Members.Count && lastField is null
            ? SyntaxFactory.TriviaList(newLine, newLine)
            : SyntaxFactory.TriviaList(newLine);
        var field = SyntaxFactory.FieldDeclaration(
                SyntaxFactory.VariableDeclaration(httpClient).AddVariables(
                    SyntaxFactory.VariableDeclarator(name).WithInitializer(SyntaxFactory.EqualsValueClause(
                        SyntaxFactory.ObjectCreationExpression(httpClient).WithArgumentList(SyntaxFactory.ArgumentList())))))
            .WithModifiers(SyntaxFactory.TokenList(
                SyntaxFactory.Token(SyntaxKind.PrivateKeyword),
                SyntaxFactory.Token(SyntaxKind.StaticKeyword),
                SyntaxFactory.Token(SyntaxKind.ReadOnlyKeyword)))
            .WithTrailingTrivia(trailing)
            .WithAdditionalAnnotations(Formatter.Annotation);
        return type.WithMembers(type.Members.Insert(index, field));
    }

    private static string EndOfLine(SyntaxNode node)
        => node.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToString() is { Length: > 0 } text ? text : "\n";

    /// <summary>
    /// An existing <c>private static readonly HttpClient X = new HttpClient();</c> that nothing configures or
    /// disposes, so the fixed code may share it (and fixing one local at a time adds one field per type too).
    /// </summary>
    private static string? ReusableField(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
        {
            if (field is { IsStatic: true, IsReadOnly: true, DeclaredAccessibility: Accessibility.Private }
                && field.Type.ToDisplayString() == "System.Net.Http.HttpClient"
                && field.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is VariableDeclaratorSyntax
                {
                    Initializer.Value: BaseObjectCreationExpressionSyntax { Initializer: null, ArgumentList: null or { Arguments.Count: 0 } },
                }
                && !IsConfigured(field, cancellationToken))
            {
                return field.Name;
            }
        }

        return null;
    }

    /// <summary>Whether the type's code sets a property of the field or disposes it (<c>Client.Timeout = …</c>).</summary>
    private static bool IsConfigured(IFieldSymbol field, CancellationToken cancellationToken)
    {
        var settings = new HashSet<string>(field.Type.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name)) { "Dispose", "CancelPendingRequests" };
        return field.ContainingType.DeclaringSyntaxReferences
            .SelectMany(reference => reference.GetSyntax(cancellationToken).DescendantNodes())
            .OfType<MemberAccessExpressionSyntax>()
            .Any(access => settings.Contains(access.Name.Identifier.ValueText)
                && access.Expression is IdentifierNameSyntax or MemberAccessExpressionSyntax
                && LastName(access.Expression) == field.Name);
    }

    private static string LastName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => string.Empty,
    };

    /// <summary><c>SharedHttpClient</c>, or with a number, so that it names nothing else where the locals are used.</summary>
    private static string FreeName(INamedTypeSymbol type, List<FixedLocal> locals, SemanticModel model)
    {
        var positions = locals.SelectMany(l => l.References.Select(r => r.SpanStart).Append(l.Declarator.SpanStart)).ToList();
        for (var suffix = 1; ; suffix++)
        {
            var name = suffix == 1 ? BaseName : BaseName + suffix;
            if (type.GetMembers(name).IsEmpty && positions.All(p => model.LookupSymbols(p, name: name).IsEmpty))
            {
                return name;
            }
        }
    }

    private static List<IdentifierNameSyntax> References(VariableDeclaratorSyntax declarator, ILocalSymbol local, SemanticModel model, CancellationToken cancellationToken)
        => Scope(Statement(declarator)).DescendantNodes()
            .OfType<IdentifierNameSyntax>()
            .Where(identifier => identifier.Identifier.ValueText == local.Name
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, local))
            .ToList();

    /// <summary>Where the local can be referenced: the enclosing block, or the whole switch for a switch section.</summary>
    private static SyntaxNode Scope(StatementSyntax statement)
        => statement.Parent is SwitchSectionSyntax section ? section.Parent! : statement.Parent!;

    /// <summary>The <c>var x = …;</c> or <c>using (var x = …)</c> statement of the declarator.</summary>
    private static StatementSyntax Statement(VariableDeclaratorSyntax declarator) => (StatementSyntax)declarator.Parent!.Parent!;

    /// <summary>The class, struct or record that can take the field; null in an interface or top-level statements.</summary>
    private static TypeDeclarationSyntax? ContainingType(SyntaxNode node)
        => node.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is BaseTypeDeclarationSyntax or GlobalStatementSyntax) switch
        {
            ClassDeclarationSyntax type => type,
            StructDeclarationSyntax type => type,
            RecordDeclarationSyntax type => type,
            _ => null,
        };

    private sealed class FixedLocal
    {
        public FixedLocal(VariableDeclaratorSyntax declarator, List<IdentifierNameSyntax> references)
        {
            Declarator = declarator;
            References = references;
        }

        public VariableDeclaratorSyntax Declarator { get; }

        public List<IdentifierNameSyntax> References { get; }
    }

    private sealed class TypePlan
    {
        public TypePlan(TypeDeclarationSyntax type, string fieldName, bool addField, List<FixedLocal> locals)
        {
            Type = type;
            FieldName = fieldName;
            AddField = addField;
            Locals = locals;
        }

        public TypeDeclarationSyntax Type { get; }

        public string FieldName { get; }

        public bool AddField { get; }

        public List<FixedLocal> Locals { get; }
    }
}
