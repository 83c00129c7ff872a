using System.Threading.Tasks;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

/// <summary>A conditional whose arms are all constants: each arm is judged, and a rule every arm breaks is reported once, at the conditional.</summary>
public class PORT001_ConditionalTests
{
    private static Task VerifyAsync(string source) => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(source);

    [Fact]
    public Task RuleEveryArmBreaks_ReportsOnceAtTheConditional() => VerifyAsync("""
        using System;
        using System.Net;
        using System.Net.Sockets;
        using Microsoft.AspNetCore.Builder;

        class C
        {
            private const int Dev = 50000;

            void M(bool isDev, bool other, WebApplication app)
            {
                new TcpListener(IPAddress.Loopback, {|PORT001:isDev ? Dev : 50001|}).Start();
                new TcpListener(IPAddress.Loopback, {|PORT001:isDev ? 50002 : other ? 50003 : 50004|}).Start();
                new TcpListener(IPAddress.Any, {|PORT003:isDev ? 80 : 443|}).Start();
                app.Urls.Add({|PORT001:isDev ? "http://localhost:50005" : "https://localhost:50006"|});
                _ = new Uri({|PORT005:isDev ? "http://localhost:50007" : "http://db.example.test:50008"|});
            }
        }
        """);

    [Fact]
    public Task RuleOnlySomeArmsBreak_DoesNotReport() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;

        class C
        {
            void M(bool isDev, int configured, WebApplication app, IWebHostBuilder builder)
            {
                new TcpListener(IPAddress.Loopback, isDev ? 50000 : 5000).Start();
                new TcpListener(IPAddress.Any, isDev ? 80 : 50000).Start();
                new TcpListener(IPAddress.Loopback, isDev ? 50000 : configured).Start();
                app.Urls.Add(isDev ? "http://localhost:50001" : "http://localhost:5001");
                app.Urls.Add(isDev ? "http://localhost:50002;http://localhost:50003" : "http://localhost:50004");
                builder.UseUrls(isDev ? "http://localhost:5002" : "http://localhost:5002", "http://localhost:5002");
            }
        }
        """);

    [Fact]
    public Task Message_TakesTheFirstArm() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(
        """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpListener M(bool isDev) => new TcpListener(IPAddress.Loopback, {|#0:isDev ? 50000 : 60000|});
        }
        """,
        CSharpAnalyzerVerifier<PortUsageAnalyzer>.Diagnostic("PORT001").WithLocation(0).WithArguments(50000, "49152-65535"));
}
