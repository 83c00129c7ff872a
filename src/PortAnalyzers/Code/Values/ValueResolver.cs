using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>A value known at compile time, with the place its literal was written when that is not the use itself.</summary>
internal readonly struct Resolved<T>
{
    public Resolved(T value, Location? origin)
    {
        Value = value;
        Origin = origin;
    }

    public T Value { get; }

    public Location? Origin { get; }
}

/// <summary>
/// Finds the value an expression has at compile time: constants, <c>const</c> locals and fields, <c>static readonly</c>
/// fields with an initializer, locals assigned once, arithmetic, and strings built from constant parts (with
/// <see cref="PartialText.Hole"/> for the parts that are not known). One instance per compilation.
/// </summary>
internal sealed class ValueResolver
{
    private const int MaxDepth = 8;

    private readonly Compilation compilation;
    private readonly ConcurrentDictionary<IFieldSymbol, IOperation?> fieldInitializers = new(SymbolEqualityComparer.Default);

    public ValueResolver(Compilation compilation) => this.compilation = compilation;

    public Resolved<long>? Integer(IOperation? operation, CancellationToken cancellationToken)
        => Integer(operation, null, 0, cancellationToken);

    /// <summary>The text of a string expression, with holes for unknown parts; null when no part of it is known.</summary>
    public Resolved<string>? Text(IOperation? operation, CancellationToken cancellationToken)
    {
        // A literal or constant, the operand most calls pass, is its own text: it needs no builder.
        if (Unwrap(operation) is { ConstantValue: { HasValue: true, Value: string constant } } written)
        {
            return constant.Length == 0 || constant == PartialText.HoleString ? null : new Resolved<string>(constant, DeclaredConstantOrigin(written));
        }

        var builder = new StringBuilder();
        Location? origin = null;
        AppendText(operation, builder, ref origin, 0, cancellationToken);
        var text = builder.ToString();
        return text.Length == 0 || text == PartialText.HoleString ? null : new Resolved<string>(text, origin);
    }

    /// <summary>
    /// The value a local or <c>static readonly</c> field holds wherever it is read: its initializer or its only
    /// assignment. Null when it is written more than once, written through a reference, or not a local or field.
    /// </summary>
    public IOperation? Follow(IOperation operation, CancellationToken cancellationToken)
    {
        switch (operation)
        {
            case ILocalReferenceOperation local when !local.Local.IsConst:
                return SingleValueOf(local, cancellationToken);
            case IFieldReferenceOperation field when field.Field.IsStatic && field.Field.IsReadOnly && !field.Field.IsConst:
                return fieldInitializers.GetOrAdd(field.Field, f => InitializerOf(f, cancellationToken));
            default:
                return null;
        }
    }

    /// <summary>Removes conversions and parentheses that do not change what a value means here.</summary>
    public static IOperation? Unwrap(IOperation? operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    private Resolved<long>? Integer(IOperation? operation, Location? origin, int depth, CancellationToken cancellationToken)
    {
        operation = Unwrap(operation);
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        if (operation.ConstantValue.HasValue)
        {
            return ToInteger(operation.ConstantValue.Value) is { } constant ? new Resolved<long>(constant, origin ?? DeclaredConstantOrigin(operation)) : null;
        }

        switch (operation)
        {
            case IBinaryOperation binary:
                var left = Integer(binary.LeftOperand, null, depth + 1, cancellationToken);
                var right = Integer(binary.RightOperand, null, depth + 1, cancellationToken);
                return left is null || right is null || Combine(binary.OperatorKind, left.Value.Value, right.Value.Value) is not { } combined
                    ? null
                    : new Resolved<long>(combined, origin);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } unary:
                return Integer(unary.Operand, origin, depth + 1, cancellationToken) is { } operand ? new Resolved<long>(-operand.Value, operand.Origin) : null;
        }

        var followed = Follow(operation, cancellationToken);
        return followed is null ? null : Integer(followed, LiteralOrigin(followed) ?? origin, depth + 1, cancellationToken);
    }

    private void AppendText(IOperation? operation, StringBuilder builder, ref Location? origin, int depth, CancellationToken cancellationToken)
    {
        operation = Unwrap(operation);
        if (operation is null || depth > MaxDepth)
        {
            AppendHole(builder);
            return;
        }

        if (operation.ConstantValue.HasValue)
        {
            var constant = operation.ConstantValue.Value;
            if (constant is string s)
            {
                builder.Append(s);
                origin ??= DeclaredConstantOrigin(operation);
            }
            else if (ToInteger(constant) is { } number)
            {
                builder.Append(number.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                AppendHole(builder);
            }

            return;
        }

        switch (operation)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation when concatenation.Type?.SpecialType == SpecialType.System_String:
                AppendText(concatenation.LeftOperand, builder, ref origin, depth + 1, cancellationToken);
                AppendText(concatenation.RightOperand, builder, ref origin, depth + 1, cancellationToken);
                return;
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolatedStringTextOperation text)
                    {
                        AppendText(text.Text, builder, ref origin, depth + 1, cancellationToken);
                    }
                    else if (part is IInterpolationOperation { Alignment: null, FormatString: null } interpolation)
                    {
                        AppendText(interpolation.Expression, builder, ref origin, depth + 1, cancellationToken);
                    }
                    else
                    {
                        AppendHole(builder);
                    }
                }

                return;
            case IInvocationOperation { TargetMethod.Name: nameof(ToString), Arguments.Length: 0, Instance: { } instance } when IsInteger(instance.Type):
                AppendNumber(instance, builder, ref origin, depth, cancellationToken);
                return;
        }

        if (IsInteger(operation.Type))
        {
            AppendNumber(operation, builder, ref origin, depth, cancellationToken);
            return;
        }

        var followed = Follow(operation, cancellationToken);
        if (followed is null)
        {
            AppendHole(builder);
            return;
        }

        origin ??= LiteralOrigin(followed);
        AppendText(followed, builder, ref origin, depth + 1, cancellationToken);
    }

    private void AppendNumber(IOperation operation, StringBuilder builder, ref Location? origin, int depth, CancellationToken cancellationToken)
    {
        if (Integer(operation, null, depth + 1, cancellationToken) is { } number)
        {
            builder.Append(number.Value.ToString(CultureInfo.InvariantCulture));
            origin ??= number.Origin;
        }
        else
        {
            AppendHole(builder);
        }
    }

    private static void AppendHole(StringBuilder builder)
    {
        if (builder.Length == 0 || builder[builder.Length - 1] != PartialText.Hole)
        {
            builder.Append(PartialText.Hole);
        }
    }

    private static IOperation? SingleValueOf(ILocalReferenceOperation reference, CancellationToken cancellationToken)
    {
        var local = reference.Local;
        IOperation? value = null;
        var writes = 0;
        foreach (var descendant in OperationFacts.ScopeOf(local, reference).Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (descendant)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    if (declarator.Initializer is { } initializer)
                    {
                        value = initializer.Value;
                        writes++;
                    }

                    break;
                case ILocalReferenceOperation other when SymbolEqualityComparer.Default.Equals(other.Local, local) && IsWritten(other, out var assigned):
                    value = assigned;
                    writes++;
                    break;
            }
        }

        return writes == 1 ? value : null;
    }

    /// <summary>Whether a local is written here; <paramref name="value"/> is the value of a plain assignment.</summary>
    private static bool IsWritten(ILocalReferenceOperation reference, out IOperation? value)
    {
        value = null;
        var parent = reference.Parent;
        switch (parent)
        {
            case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                value = assignment.Value;
                return true;
            // An out argument: what is written is known to the callee alone, so the argument stands for the value
            // (AddressResolver reads IPEndPoint.TryParse); no other reader resolves it.
            case IArgumentOperation { Parameter.RefKind: RefKind.Out } argument:
                value = argument;
                return true;
            case IDeclarationExpressionOperation { Parent: IArgumentOperation { Parameter.RefKind: RefKind.Out } argument }:
                value = argument;
                return true;
            case IAssignmentOperation assignment when assignment.Target == reference:
            case IIncrementOrDecrementOperation:
            case IArgumentOperation { Parameter.RefKind: not RefKind.None }:
            case IAddressOfOperation:
                return true;
            case IDeclarationExpressionOperation:
                return true;
        }

        // Deconstruction targets and ref locals: the value can change without a plain assignment.
        for (var ancestor = parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor is IDeconstructionAssignmentOperation deconstruction)
            {
                return deconstruction.Target.DescendantsAndSelf().Contains(reference);
            }

            if (ancestor is IExpressionStatementOperation or IBlockOperation)
            {
                break;
            }
        }

        return reference.Local.IsRef;
    }

    private IOperation? InitializerOf(IFieldSymbol field, CancellationToken cancellationToken)
    {
        if (field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer })
        {
            return null;
        }

        if (!compilation.ContainsSyntaxTree(initializer.SyntaxTree))
        {
            return null;
        }

        var model = compilation.GetSemanticModel(initializer.SyntaxTree);
        return model.GetOperation(initializer, cancellationToken);
    }

    /// <summary>Where a <c>const</c> field or local got its value, for an additional location at the declaration.</summary>
    private static Location? DeclaredConstantOrigin(IOperation operation)
    {
        ISymbol? symbol = operation switch
        {
            IFieldReferenceOperation field => field.Field,
            ILocalReferenceOperation local => local.Local,
            _ => null,
        };

        return symbol is { DeclaringSyntaxReferences.Length: 1 }
            && symbol.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } value }
            ? value.GetLocation()
            : null;
    }

    private static Location? LiteralOrigin(IOperation value)
        => Unwrap(value) is ILiteralOperation literal ? literal.Syntax.GetLocation() : DeclaredConstantOrigin(Unwrap(value)!);

    private static bool IsInteger(ITypeSymbol? type) => type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64
        or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64
        or SpecialType.System_Byte or SpecialType.System_SByte;

    private static long? ToInteger(object? constant) => constant switch
    {
        int i => i,
        long l => l,
        short s => s,
        ushort us => us,
        uint ui => ui,
        ulong ul => ul > long.MaxValue ? long.MaxValue : (long)ul,
        byte b => b,
        sbyte sb => sb,
        _ => null,
    };

    private static long? Combine(BinaryOperatorKind kind, long left, long right)
    {
        try
        {
            return kind switch
            {
                BinaryOperatorKind.Add => checked(left + right),
                BinaryOperatorKind.Subtract => checked(left - right),
                BinaryOperatorKind.Multiply => checked(left * right),
                BinaryOperatorKind.Divide when right != 0 => left / right,
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
