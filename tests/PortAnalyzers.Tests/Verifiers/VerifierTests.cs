using System.Threading.Tasks;
using PortAnalyzers.CodeFixes;
using PortAnalyzers.Rules;
using Xunit.Sdk;

namespace PortAnalyzers.Tests.Verifiers;

/// <summary>The verifier must fail when the analyzer and the markup disagree; otherwise no rule test could fail.</summary>
public class VerifierTests
{
    private const string Listener = """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpListener M() => new TcpListener(IPAddress.Loopback, PORT);
        }
        """;

    [Fact]
    public Task MarkedDiagnosticThatIsReported_Passes()
        => Verify<PortUsageAnalyzer>.AnalyzerAsync(Listener.Replace("PORT", "{|PORT001:50000|}"));

    [Fact]
    public async Task MissingDiagnostic_Fails()
    {
        var error = await Assert.ThrowsAsync<XunitException>(() => Verify<PortUsageAnalyzer>.AnalyzerAsync(Listener.Replace("PORT", "{|PORT001:5000|}")));
        Assert.Contains("missing:    PORT001", error.Message);
    }

    [Fact]
    public async Task UnexpectedDiagnostic_Fails()
    {
        var error = await Assert.ThrowsAsync<XunitException>(() => Verify<PortUsageAnalyzer>.AnalyzerAsync(Listener.Replace("PORT", "50000")));
        Assert.Contains("unexpected: PORT001", error.Message);
        Assert.Contains("{|PORT001:50000|}", error.Message);
    }

    [Fact]
    public async Task WrongId_Fails()
    {
        await Assert.ThrowsAsync<XunitException>(() => Verify<PortUsageAnalyzer>.AnalyzerAsync(Listener.Replace("PORT", "{|PORT003:50000|}")));
    }

    [Fact]
    public async Task CompilerErrorInTestCode_Fails()
    {
        var error = await Assert.ThrowsAsync<XunitException>(() => Verify<PortUsageAnalyzer>.AnalyzerAsync(Listener.Replace("PORT", "undefinedPort")));
        Assert.Contains("does not compile", error.Message);
    }

    [Fact]
    public async Task FixedCodeThatDiffers_Fails()
    {
        var error = await Assert.ThrowsAsync<XunitException>(() => Verify<PortUsageAnalyzer>.CodeFixAsync<UsePortZeroCodeFix>(
            Listener.Replace("PORT", "{|PORT001:50000|}"),
            Listener.Replace("PORT", "1")));
        Assert.Contains("differs", error.Message);
    }

    [Fact]
    public async Task FixedCodeThatStillReports_Fails()
    {
        var error = await Assert.ThrowsAsync<XunitException>(() => Verify<PortUsageAnalyzer>.CodeFixAsync<UsePortZeroCodeFix>(
            Listener.Replace("PORT", "{|PORT001:50000|}"),
            Listener.Replace("PORT", "{|PORT001:0|}")));
        Assert.Contains("missing:    PORT001", error.Message);
    }

    [Fact]
    public void NestedMarkup_GivesBothSpans()
    {
        var (text, spans) = Markup.Parse("a {|PORT001:{|PORT008:80|}|} b [|x|]");
        Assert.Equal("a 80 b x", text);
        Assert.Equal(3, spans.Count);
        Assert.Contains(spans, s => s.Id == "PORT008" && s.Span.Start == 2 && s.Span.Length == 2);
        Assert.Contains(spans, s => s.Id == "PORT001" && s.Span.Start == 2 && s.Span.Length == 2);
        Assert.Contains(spans, s => s.Id == null && s.Span.Start == 7);
    }
}
