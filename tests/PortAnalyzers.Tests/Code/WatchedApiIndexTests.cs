using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PortAnalyzers.Code;
using PortAnalyzers.Tests.Verifiers;
using Xunit;

namespace PortAnalyzers.Tests.Code;

/// <summary>
/// The first look at every operation turns names away by their shape and ending; it must never turn away a name of the
/// table. And the HttpClient row names its methods, so it must name every framework method that takes a request URI.
/// </summary>
public class WatchedApiIndexTests
{
    [Theory]
    [InlineData("Add")]
    [InlineData("Listen")]
    [InlineData("ListenAnyIP")]
    [InlineData("GetStringAsync")]
    public void NameShapes_KeepEveryNameOfTheSet(string name)
        => Assert.True(new NameShapes(new[] { "Add", "Listen", "ListenAnyIP", "GetStringAsync" }).MayContain(name));

    [Theory]
    [InlineData("Adds")]
    [InlineData("Bdd")]
    [InlineData("Any")]
    [InlineData("Listed")]
    [InlineData("add")]
    [InlineData("")]
    [InlineData("AVeryLongNameThatNoNameOfTheSetHas")]
    public void NameShapes_TurnAwayNamesOfAnotherLengthOrFirstOrLastLetter(string name)
        => Assert.False(new NameShapes(new[] { "Add", "Listen" }).MayContain(name));

    [Theory]
    [InlineData("port")]
    [InlineData("PORT")]
    [InlineData("Port")]
    [InlineData("pORt")]
    public void NameShapes_IgnoringCase_KeepEitherCase(string name)
        => Assert.True(new NameShapes(new[] { "Port" }, ignoreCase: true).MayContain(name));

    [Theory]
    [InlineData("NpgsqlConnection", true)]
    [InlineData("SqlConnectionStringBuilder", true)]
    [InlineData("Connection", true)]
    [InlineData("InvalidOperationException", false)]
    [InlineData("ConnectionPool", false)]
    [InlineData("Builder", false)]
    [InlineData("", false)]
    public void NameEndings_MatchOnlyNamesEndingSo(string name, bool expected)
        => Assert.Equal(expected, new NameEndings(new[] { "Connection", "ConnectionStringBuilder" }).Match(name));

    [Fact]
    public void NameEndings_None_MatchesNothing()
        => Assert.False(NameEndings.None.Match("Connection"));

    [Fact]
    public void HttpClientRow_NamesEveryFrameworkMethodThatTakesARequestUri()
    {
        var compilation = CSharpCompilation.Create("Http", references: SdkReferencePacks.Default);
        var methods = new[] { "System.Net.Http.HttpClient", "System.Net.Http.Json.HttpClientJsonExtensions" }
            .Select(name => compilation.GetTypeByMetadataName(name) ?? throw new Xunit.Sdk.XunitException(name + " is not in the reference packs"))
            .SelectMany(type => type.GetMembers().OfType<IMethodSymbol>())
            .Where(m => m.DeclaredAccessibility == Accessibility.Public && m.Parameters.Any(p => p.Name == "requestUri"))
            .Select(m => m.Name)
            .Distinct()
            .ToList();

        Assert.Contains("GetFromJsonAsAsyncEnumerable", methods);
        Assert.Empty(methods.Except(WatchedApis.HttpClientRequestMethods));
    }
}
