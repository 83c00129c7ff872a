using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PortAnalyzers.Code;
using PortAnalyzers.Tests.Verifiers;
using Xunit;

namespace PortAnalyzers.Tests.Code;

/// <summary>Known types are compared by namespace and name instead of being looked up: only the exact full name matches.</summary>
public class KnownTypeTests
{
    private static readonly Compilation Compilation = CSharpCompilation.Create(
        "KnownTypes",
        new[]
        {
            CSharpSyntaxTree.ParseText("""
                namespace Other.Net.Sockets { public class TcpListener { } }
                namespace System.Net.Sockets.Inner { public class TcpListener { } }
                public class Outer { public class TcpListener { } }
                public class Uses { Missing.TcpListener field; }
                public class ProviderBuilder : System.Data.Common.DbConnectionStringBuilder { }
                """),
        },
        SdkReferencePacks.Default);

    private static readonly KnownType TcpListener = KnownTypes.Instance.TcpListener;

    [Fact]
    public void FrameworkType_Matches()
        => Assert.True(TcpListener.Matches(Compilation.GetTypeByMetadataName("System.Net.Sockets.TcpListener")));

    [Theory]
    [InlineData("Other.Net.Sockets.TcpListener")]
    [InlineData("System.Net.Sockets.Inner.TcpListener")]
    [InlineData("Outer+TcpListener")]
    [InlineData("System.Net.Sockets.TcpClient")]
    public void TypeWithAnotherFullName_DoesNotMatch(string metadataName)
    {
        var type = Compilation.GetTypeByMetadataName(metadataName);

        Assert.NotNull(type);
        Assert.False(TcpListener.Matches(type));
    }

    [Fact]
    public void UnresolvedType_DoesNotMatch()
    {
        var field = Compilation.GetTypeByMetadataName("Uses")!.GetMembers("field").OfType<IFieldSymbol>().Single();

        Assert.Equal(TypeKind.Error, field.Type.TypeKind);
        Assert.False(TcpListener.Matches(field.Type));
    }

    [Fact]
    public void DerivedType_MatchesOnlyThroughItsBase()
    {
        var builder = Compilation.GetTypeByMetadataName("ProviderBuilder");

        Assert.NotNull(builder);
        Assert.False(KnownTypes.Instance.DbConnectionStringBuilder.Matches(builder));
        Assert.True(KnownTypes.IsOrDerivesFrom(builder, KnownTypes.Instance.DbConnectionStringBuilder));
        Assert.True(KnownTypes.Instance.IsAdoType(builder));
    }
}
