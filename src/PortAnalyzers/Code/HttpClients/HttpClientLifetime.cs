using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PortAnalyzers.Code;

/// <summary>An HttpClient that is created for a single call or request, as PORT006 reports it.</summary>
/// <param name="Holder">Where it lives, for the message: "in local 'client'", "created inline", "in 'C._client'".</param>
/// <param name="Span">What it lives for, for the message: "call" or "request".</param>
/// <param name="CanShareStatic">A parameterless client in a local whose every use is a request: a static client can take its place unchanged.</param>
internal sealed record ShortLivedClient(string Holder, string Span, bool CanShareStatic);

/// <summary>
/// Decides whether a <c>new HttpClient(…)</c> lives for one operation. Precision first: any use that may keep the
/// client alive (returned, stored, passed on, captured by a delegate that may outlive the call) clears it.
/// </summary>
internal sealed class HttpClientLifetime
{
    private const string Call = "call";

    private readonly HttpClientTypes symbols;

    public HttpClientLifetime(HttpClientTypes symbols) => this.symbols = symbols;

    /// <summary>
    /// The short-lived client <paramref name="creation"/> makes, or null when it may live longer. The caller has
    /// checked that it creates an HttpClient (<see cref="HttpClientTypes.IsHttpClient(ITypeSymbol?)"/>).
    /// </summary>
    public ShortLivedClient? Classify(IObjectCreationOperation creation, ISymbol owner, CancellationToken cancellationToken)
    {
        if (HasOutlivingHandler(creation))
        {
            return null;
        }

        switch (OperationFacts.Consumer(creation))
        {
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }
                when IsPerCall(creation, owner):
                var shareable = creation.Arguments.IsEmpty && creation.Initializer is null
                    && declarator.Parent is IVariableDeclarationOperation { Declarators.Length: 1 };
                return ClassifyLocal(declarator.Symbol, creation, shareable, cancellationToken);
            case ISimpleAssignmentOperation assignment when ValueResolver.Unwrap(assignment.Value) == creation:
                return ClassifyAssignment(assignment, creation, owner, cancellationToken);
            case IFieldInitializerOperation { InitializedFields: { Length: 1 } fields } when !fields[0].IsStatic:
                return PerRequestMember(fields[0]);
            case IPropertyInitializerOperation { InitializedProperties: { Length: 1 } properties } when !properties[0].IsStatic:
                return PerRequestMember(properties[0]);
            case IInvocationOperation invocation when ValueResolver.Unwrap(invocation.Instance) == creation && IsPerCall(creation, owner):
                return new ShortLivedClient("created inline", Call, CanShareStatic: false);
            case IArgumentOperation { Parent: IInvocationOperation invocation } argument
                when IsRequestExtension(invocation.TargetMethod, argument) && IsPerCall(creation, owner):
                return new ShortLivedClient("created inline", Call, CanShareStatic: false);
            default:
                return null;
        }
    }

    private ShortLivedClient? ClassifyAssignment(ISimpleAssignmentOperation assignment, IObjectCreationOperation creation, ISymbol owner, CancellationToken cancellationToken)
    {
        switch (ValueResolver.Unwrap(assignment.Target))
        {
            case ILocalReferenceOperation local when IsPerCall(creation, owner):
                return ClassifyLocal(local.Local, creation, shareable: false, cancellationToken);
            // A static member assigned in the constructor is replaced on each request just the same.
            case IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation, Field: var field }
                when IsInConstructor(creation, owner):
                return PerRequestMember(field);
            case IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation, Property: var property }
                when IsInConstructor(creation, owner):
                return PerRequestMember(property);
            default:
                return null;
        }
    }

    /// <summary>An instance field or property of a controller, page model or hub: a new client per request.</summary>
    private ShortLivedClient? PerRequestMember(ISymbol member)
        => symbols.IsCreatedPerRequest(member.ContainingType)
            ? new ShortLivedClient($"in '{member.ContainingType.Name}.{member.Name}'", "request", CanShareStatic: false)
            : null;

    /// <summary>A local is short-lived when it is unused or every use is a member access on it.</summary>
    private ShortLivedClient? ClassifyLocal(ILocalSymbol local, IObjectCreationOperation creation, bool shareable, CancellationToken cancellationToken)
    {
        var scope = EnclosingFunction(creation);
        foreach (var descendant in OperationFacts.ScopeOf(local, creation).Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (descendant is not ILocalReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                continue;
            }

            var use = ClassifyUse(reference);
            if (use == LocalUse.Escapes || !IsCapturedOnlyForTheCall(reference, scope) || IsInWorkerLoop(reference, creation, scope))
            {
                return null;
            }

            shareable &= use == LocalUse.Request;
        }

        return new ShortLivedClient($"in local '{local.Name}'", Call, shareable);
    }

    private LocalUse ClassifyUse(ILocalReferenceOperation reference) => OperationFacts.Consumer(reference) switch
    {
        IInvocationOperation invocation when ValueResolver.Unwrap(invocation.Instance) == reference
            => invocation.TargetMethod.Name is "Dispose" or "CancelPendingRequests" ? LocalUse.Configures : LocalUse.Request,
        IArgumentOperation { Parent: IInvocationOperation invocation } argument when IsRequestExtension(invocation.TargetMethod, argument)
            => LocalUse.Request,
        IPropertyReferenceOperation property when property.Instance == reference => LocalUse.Configures,
        ISimpleAssignmentOperation assignment when assignment.Target == reference => LocalUse.Configures,
        IConditionalAccessOperation access when access.Operation == reference => LocalUse.Configures,
        IUsingOperation or IIsPatternOperation or IIsTypeOperation or IBinaryOperation or INameOfOperation => LocalUse.Configures,
        _ => LocalUse.Escapes,
    };

    /// <summary>
    /// A reference inside a lambda keeps the client alive as long as the delegate, unless the lambda goes to a
    /// method that runs it during the call (LINQ, Task.Run, Parallel, List.ForEach, Polly's Execute).
    /// </summary>
    private static bool IsCapturedOnlyForTheCall(IOperation reference, IOperation? scope)
    {
        for (var current = reference.Parent; current is not null && current != scope; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation lambda && !IsRunDuringTheCall(lambda))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRunDuringTheCall(IAnonymousFunctionOperation lambda)
    {
        if (OperationFacts.Consumer(lambda) is not IDelegateCreationOperation creation
            || OperationFacts.Consumer(creation) is not IArgumentOperation { Parent: IInvocationOperation invocation })
        {
            return false;
        }

        var method = invocation.TargetMethod;
        var space = method.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return space is "System.Linq" or "System.Threading.Tasks"
            || space.StartsWith("Polly", System.StringComparison.Ordinal) && method.Name.StartsWith("Execute", System.StringComparison.Ordinal)
            || method.Name == "ForEach" && IsListOrArray(method.ContainingType);
    }

    private static bool IsListOrArray(INamedTypeSymbol type)
        => type.ToDisplayString() is "System.Array" || type.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.List<T>";

    /// <summary>
    /// An extension method that sends a request (GetFromJsonAsync and the like): one in System.Net.Http, or any
    /// other that returns a task, as wrappers that keep the client do not.
    /// </summary>
    private bool IsRequestExtension(IMethodSymbol method, IArgumentOperation argument)
    {
        if (!method.IsExtensionMethod || argument.Parameter?.Ordinal != 0)
        {
            return false;
        }

        var space = method.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return space.StartsWith("System.Net.Http", System.StringComparison.Ordinal)
            || method.ReturnType is INamedTypeSymbol { Name: "Task" or "ValueTask" } returned
                && returned.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks"
                && !returned.TypeArguments.Any(symbols.IsHttpClient);
    }

    /// <summary>A handler the client does not create with itself outlives it: the client is then cheap to create.</summary>
    private bool HasOutlivingHandler(IObjectCreationOperation creation)
    {
        foreach (var argument in creation.Arguments)
        {
            if (!symbols.IsHandler(argument.Parameter?.Type))
            {
                continue;
            }

            switch (ValueResolver.Unwrap(argument.Value))
            {
                case IObjectCreationOperation:
                    continue;
                case ILocalReferenceOperation local when IsCreatedHere(local.Local, local):
                    continue;
                default:
                    return true;
            }
        }

        return false;
    }

    private static bool IsCreatedHere(ILocalSymbol local, IOperation use)
    {
        foreach (var descendant in OperationFacts.ScopeOf(local, use).Descendants())
        {
            if (descendant is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local))
            {
                return ValueResolver.Unwrap(declarator.GetVariableInitializer()?.Value) is IObjectCreationOperation;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether code at <paramref name="creation"/> runs once per call: in any lambda or local function, and in any
    /// method but a static constructor, an entry point (Main, top-level statements) or a hosted service's
    /// <c>ExecuteAsync</c>, which run once unless in a loop.
    /// </summary>
    private bool IsPerCall(IOperation creation, ISymbol owner)
    {
        if (EnclosingFunction(creation) is not null)
        {
            return true;
        }

        return owner switch
        {
            IMethodSymbol { MethodKind: MethodKind.StaticConstructor } => false,
            IMethodSymbol { IsStatic: true, Name: "Main" or "<Main>$" } => IsInLoop(creation),
            IMethodSymbol method when symbols.IsBackgroundServiceBody(method) => IsInLoop(creation),
            IMethodSymbol => true,
            _ => false,
        };
    }

    /// <summary>
    /// Whether <paramref name="reference"/> is inside a worker's loop that <paramref name="creation"/> is outside of:
    /// the client then serves every round of the worker, for as long as it runs.
    /// </summary>
    private static bool IsInWorkerLoop(IOperation reference, IOperation creation, IOperation? scope)
    {
        for (var current = reference.Parent; current is not null && current != scope; current = current.Parent)
        {
            if (current is ILoopOperation loop && RunsUntilStopped(loop) && OperationFacts.Ancestor(creation, a => a == loop) is null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A loop that runs until it is cancelled or forever: <c>while (true)</c>, <c>for (;;)</c>,
    /// <c>while (!token.IsCancellationRequested)</c>, <c>while (await timer.WaitForNextTickAsync(token))</c>.
    /// </summary>
    private static bool RunsUntilStopped(ILoopOperation loop)
    {
        var condition = loop switch
        {
            IWhileLoopOperation whileLoop => whileLoop.Condition,
            IForLoopOperation forLoop => forLoop.Condition,
            _ => null,
        };
        if (condition is null)
        {
            return loop is IForLoopOperation;
        }

        return condition.ConstantValue is { HasValue: true, Value: true }
            || condition is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not, Operand: IPropertyReferenceOperation { Property.Name: "IsCancellationRequested" } }
            || condition is IAwaitOperation { Operation: IInvocationOperation { TargetMethod.Name: "WaitForNextTickAsync" } };
    }

    private static bool IsInConstructor(IOperation creation, ISymbol owner)
        => owner is IMethodSymbol { MethodKind: MethodKind.Constructor } && EnclosingFunction(creation) is null;

    private static bool IsInLoop(IOperation operation) => OperationFacts.Ancestor(operation, a => a is ILoopOperation) is not null;

    /// <summary>The innermost lambda or local function around <paramref name="operation"/>, or null in the member body itself.</summary>
    private static IOperation? EnclosingFunction(IOperation operation)
        => OperationFacts.Ancestor(operation, a => a is IAnonymousFunctionOperation or ILocalFunctionOperation);

    private enum LocalUse
    {
        /// <summary>Sends a request: a static client does the same.</summary>
        Request,

        /// <summary>Reads or changes the client's settings or disposes it: harmless to its lifetime, but not to share.</summary>
        Configures,

        /// <summary>May keep the client alive past the call.</summary>
        Escapes,
    }
}
