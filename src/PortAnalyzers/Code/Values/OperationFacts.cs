using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PortAnalyzers.Code;

/// <summary>Small questions about operations that several extractors ask.</summary>
internal static class OperationFacts
{
    /// <summary>The outermost operation of the member body that holds <paramref name="operation"/>.</summary>
    public static IOperation Root(IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            operation = parent;
        }

        return operation;
    }

    /// <summary>
    /// The operation that declares <paramref name="local"/> (a block, loop, <c>using</c>, <c>switch</c>, switch section,
    /// switch expression arm or catch clause), found above <paramref name="use"/>, an operation inside its scope; the
    /// member body when none is found. Every read and write of the local is inside it, so a search for them walks it
    /// instead of the whole body.
    /// </summary>
    public static IOperation ScopeOf(ILocalSymbol local, IOperation use)
    {
        for (var current = use.Parent; current is not null; current = current.Parent)
        {
            foreach (var declared in LocalsDeclaredBy(current))
            {
                if (SymbolEqualityComparer.Default.Equals(declared, local))
                {
                    return current;
                }
            }
        }

        return Root(use);
    }

    private static ImmutableArray<ILocalSymbol> LocalsDeclaredBy(IOperation operation) => operation switch
    {
        IBlockOperation block => block.Locals,
        ILoopOperation loop => loop.Locals,
        IUsingOperation usingOperation => usingOperation.Locals,
        ISwitchOperation switchOperation => switchOperation.Locals,
        ISwitchCaseOperation section => section.Locals,
        ISwitchExpressionArmOperation arm => arm.Locals,
        ICatchClauseOperation catchClause => catchClause.Locals,
        _ => ImmutableArray<ILocalSymbol>.Empty,
    };

    /// <summary>The nearest operation above <paramref name="operation"/> that matches <paramref name="predicate"/>.</summary>
    public static IOperation? Ancestor(IOperation operation, System.Func<IOperation, bool> predicate)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (predicate(current))
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>The local, field or parameter an expression reads, if it reads one directly.</summary>
    public static ISymbol? ReferencedSymbol(IOperation? operation) => ValueResolver.Unwrap(operation) switch
    {
        ILocalReferenceOperation local => local.Local,
        IFieldReferenceOperation field => field.Field,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation } property => property.Property,
        _ => null,
    };

    /// <summary>The local, field or property a newly created object is stored in, if it is stored right away.</summary>
    public static ISymbol? Holder(IOperation created) => Consumer(created) switch
    {
        IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
        ISimpleAssignmentOperation assignment => ReferencedSymbol(assignment.Target),
        _ => null,
    };

    /// <summary>The operation that uses the value of <paramref name="operation"/>, above any conversion or parentheses.</summary>
    public static IOperation? Consumer(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent;
    }

    /// <summary>The invocations in the same member body whose receiver is <paramref name="receiver"/>.</summary>
    public static IEnumerable<IInvocationOperation> CallsOn(IOperation anywhereInBody, ISymbol receiver)
    {
        foreach (var descendant in Root(anywhereInBody).Descendants())
        {
            if (descendant is IInvocationOperation invocation
                && SymbolEqualityComparer.Default.Equals(ReferencedSymbol(invocation.Instance), receiver))
            {
                yield return invocation;
            }
        }
    }

    public static bool IsAnyOf(string name, string a, string b, string c) => name == a || name == b || name == c;
}
