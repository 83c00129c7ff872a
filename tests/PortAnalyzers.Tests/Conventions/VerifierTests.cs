using System;
using System.Threading.Tasks;
using PortAnalyzers.CodeFixes;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Conventions;

/// <summary>
/// The verifiers, as this project sets them up, must fail when the analyzer and the markup disagree or the test code
/// does not compile; otherwise no rule test could fail.
/// </summary>
public class VerifierTests
{
    [Fact]
    public Task MarkedDiagnosticThatIsReported_Passes()
        => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync("""
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                TcpListener M() => new TcpListener(IPAddress.Loopback, {|PORT001:50000|});
            }
            """);

    [Fact]
    public async Task MissingDiagnostic_Fails()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync("""
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                TcpListener M() => new TcpListener(IPAddress.Loopback, {|PORT001:5000|});
            }
            """));
        Assert.Contains("expected \"1\" actual \"0\"", error.Message);
    }

    [Fact]
    public async Task UnexpectedDiagnostic_Fails()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync("""
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                TcpListener M() => new TcpListener(IPAddress.Loopback, 50000);
            }
            """));
        Assert.Contains("expected \"0\" actual \"1\"", error.Message);
        Assert.Contains("PORT001", error.Message);
    }

    [Fact]
    public async Task WrongId_Fails()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync("""
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                TcpListener M() => new TcpListener(IPAddress.Loopback, {|PORT003:50000|});
            }
            """));
    }

    [Fact]
    public async Task CompilerErrorInTestCode_Fails()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync("""
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                TcpListener M() => new TcpListener(IPAddress.Loopback, undefinedPort);
            }
            """));
        Assert.Contains("CS0103", error.Message);
    }

    [Fact]
    public async Task FixedCodeThatDiffers_Fails()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => CSharpCodeFixVerifier<PortUsageAnalyzer, UsePortZeroCodeFix>.VerifyCodeFixAsync(
            """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                TcpListener M() => new TcpListener(IPAddress.Loopback, {|PORT001:50000|});
            }
            """,
            """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                TcpListener M() => new TcpListener(IPAddress.Loopback, 1);
            }
            """));
        Assert.Contains("did not match", error.Message);
    }

    [Fact]
    public async Task FixedCodeThatStillReports_Fails()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => CSharpCodeFixVerifier<PortUsageAnalyzer, UsePortZeroCodeFix>.VerifyCodeFixAsync(
            """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                TcpListener M() => new TcpListener(IPAddress.Loopback, {|PORT001:50000|});
            }
            """,
            """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                TcpListener M() => new TcpListener(IPAddress.Loopback, {|PORT001:0|});
            }
            """));
        Assert.Contains("expected \"1\" actual \"0\"", error.Message);
    }

    [Fact]
    public async Task UnmarkedDiagnosticInConfigFile_Fails()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ConfigFiles.VerifyAsync("appsettings.json", """{ "urls": "http://*:50000" }"""));
        Assert.Contains("/0/appsettings.json", error.Message);
    }

    [Fact]
    public async Task MissingAdditionalLocation_Fails()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(
            """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                const int Port = 50000;
                TcpListener M() => new TcpListener(IPAddress.Loopback, {|#0:Port|});
            }
            """,
            CSharpAnalyzerVerifier<PortUsageAnalyzer>.Diagnostic("PORT001").WithLocation(0).WithArguments(50000, "49152-65535")));
        Assert.Contains("additional locations", error.Message);
    }
}
